package org.ketapath.assessment.domain;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every eligibility rule in one table, each with its sources. The table is kept in four groups so each stays
 * readable: {@link HardStopRules} (NOT_SUITABLE_NOW), {@link HealthRules} and {@link MentalHealthRules}
 * (CLINICIAN_REVIEW at least) and {@link MigraineRules}. The outcome is the strictest effect among the rules
 * that apply: any {@code NOT_NOW} makes it NOT_SUITABLE_NOW, otherwise any {@code REVIEW} makes it
 * CLINICIAN_REVIEW, otherwise a {@code QUALIFIES} rule makes it LIKELY_CANDIDATE. {@code NOTE} rules only add a
 * reason. So a contraindication, a self-harm report, a headache warning sign or an unanswered safety question
 * can never give LIKELY_CANDIDATE.
 */
final class EligibilityRules {

    enum Effect {
        QUALIFIES,
        NOTE,
        REVIEW,
        NOT_NOW;

        /** The order reasons are shown in: why not first, then what needs review, then the rest. */
        int shownAt() {
            return switch (this) {
                case NOT_NOW -> 0;
                case REVIEW -> 1;
                case QUALIFIES -> 2;
                case NOTE -> 3;
            };
        }
    }

    /** One row: a code, its effect, when it applies, what it means in plain words, and its sources. */
    record Rule(String code, Effect effect, Predicate<Facts> applies, String text, List<Citation> sources) {

        Rule {
            sources = List.copyOf(sources);
        }

        Reason reason() {
            return new Reason(code, text, Sources.text(sources), sources);
        }
    }

    static final List<Rule> RULES = Stream.of(
                    HardStopRules.RULES, MentalHealthRules.RULES, HealthRules.RULES, MigraineRules.RULES)
            .flatMap(List::stream)
            .toList();

    /** When nothing qualifies and nothing restricts, a clinician decides. */
    static final Rule NO_QUALIFYING_RULE = new Rule(
            "NEEDS_CLINICIAN",
            Effect.REVIEW,
            f -> true,
            "A clinician needs to look at your answers to say whether ketamine may fit you.",
            Sources.of(Sources.COHEN_2018, Sources.SANACORA_2017));

    private EligibilityRules() {}

    record Decision(Outcome outcome, List<Reason> reasons) {}

    static Decision decide(Facts facts) {
        List<Rule> applying =
                RULES.stream().filter(rule -> rule.applies().test(facts)).toList();
        Outcome outcome;
        if (applying.stream().anyMatch(rule -> rule.effect() == Effect.NOT_NOW)) {
            outcome = Outcome.NOT_SUITABLE_NOW;
        } else if (applying.stream().anyMatch(rule -> rule.effect() == Effect.REVIEW)) {
            outcome = Outcome.CLINICIAN_REVIEW;
        } else if (applying.stream().anyMatch(rule -> rule.effect() == Effect.QUALIFIES)) {
            outcome = Outcome.LIKELY_CANDIDATE;
        } else {
            outcome = Outcome.CLINICIAN_REVIEW;
            applying = Stream.concat(applying.stream(), Stream.of(NO_QUALIFYING_RULE))
                    .toList();
        }
        // The strictest reasons first, so a person reads why not before anything else. When the answer is "not
        // now", what would otherwise qualify (and the notes) is left out: it does not explain the outcome.
        boolean notNow = outcome == Outcome.NOT_SUITABLE_NOW;
        List<Reason> reasons = applying.stream()
                .filter(rule -> !notNow || rule.effect() == Effect.NOT_NOW || rule.effect() == Effect.REVIEW)
                .sorted(java.util.Comparator.comparingInt(rule -> rule.effect().shownAt()))
                .map(Rule::reason)
                .toList();
        return new Decision(outcome, reasons);
    }
}
