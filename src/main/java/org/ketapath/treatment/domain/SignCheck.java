package org.ketapath.treatment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketapath.treatment.domain.SessionRecord.Rems;
import org.ketapath.treatment.domain.SessionRecord.VitalsView;

/** What a session record still lacks before it can be signed: each missing part and each open flag. */
public final class SignCheck {

    private SignCheck() {}

    /**
     * One thing missing.
     *
     * @param part where: {@code preCheck}, {@code doses}, {@code scores.MOAA_S}, {@code flags.<id>}, {@code rems...}
     * @param message what to do, in plain words
     */
    public record Missing(String part, String message) {}

    public static List<Missing> missing(SessionRecord r, TreatmentSettings settings) {
        List<Missing> out = new ArrayList<>();
        preCheck(r, out);
        if (r.doses().isEmpty()) {
            out.add(new Missing("doses", "Record the dose given."));
        }
        if (r.sessionReadings().isEmpty()) {
            out.add(new Missing("vitals", "Record at least one set of vital signs during the session."));
        }
        scores(r, out);
        discharge(r, out);
        r.flags().stream()
                .filter(SessionRecord.FlagView::open)
                .forEach(f -> out.add(new Missing("flags." + f.id(), "Write the action taken for this flag.")));
        if (r.esketamine()) {
            rems(r, settings, out);
        }
        return out;
    }

    private static void preCheck(SessionRecord r, List<Missing> out) {
        var pre = r.preCheck();
        if (pre == null) {
            out.add(new Missing("preCheck", "Record the pre-check."));
            return;
        }
        if (r.course().condition().psychiatric() && pre.phq9Item9() == null) {
            out.add(new Missing("preCheck.phq9Item9", "Ask PHQ-9 item 9."));
        }
        if (pre.phq9Item9() != null && pre.phq9Item9() > 0 && blank(pre.riskAssessment())) {
            out.add(new Missing("preCheck.riskAssessment", "Document the risk assessment."));
        }
    }

    private static void scores(SessionRecord r, List<Missing> out) {
        need(r, Instrument.MOAA_S, null, "scores.MOAA_S", "Score sedation (MOAA/S).", out);
        need(r, Instrument.CADSS_6, null, "scores.CADSS_6", "Score dissociation (CADSS-6).", out);
        if (r.course().condition().painful()) {
            need(r, Instrument.PAIN_NRS, Phase.BEFORE, "scores.PAIN_NRS.BEFORE", "Score pain before.", out);
            need(r, Instrument.PAIN_NRS, Phase.AFTER, "scores.PAIN_NRS.AFTER", "Score pain after.", out);
        }
    }

    private static void need(
            SessionRecord r, Instrument i, @Nullable Phase phase, String part, String message, List<Missing> out) {
        boolean found = r.scores().stream().anyMatch(s -> s.instrument() == i && (phase == null || s.phase() == phase));
        if (!found) {
            out.add(new Missing(part, message));
        }
    }

    private static void discharge(SessionRecord r, List<Missing> out) {
        var d = r.discharge();
        if (d == null) {
            out.add(new Missing("discharge", "Record the discharge."));
            return;
        }
        if (!d.instructionsGiven()) {
            out.add(new Missing("discharge.instructionsGiven", "Give the discharge instructions."));
        }
        if (r.course().route().needsEscort() && !d.escortConfirmed()) {
            out.add(new Missing("discharge.escortConfirmed", "Confirm the escort home."));
        }
    }

    private static void rems(SessionRecord r, TreatmentSettings settings, List<Missing> out) {
        Rems rems = remsOf(r, settings, null);
        if (rems.minutesObserved() == null || rems.minutesObserved() < settings.remsObservationMinutes()) {
            out.add(new Missing(
                    "rems.observation",
                    "Observe for at least " + settings.remsObservationMinutes() + " minutes after the dose."));
        }
        if (!rems.bloodPressureBeforeDosing()) {
            out.add(new Missing("rems.bloodPressureBeforeDosing", "Record blood pressure before dosing."));
        }
        if (!rems.bloodPressureAt40Minutes()) {
            out.add(new Missing("rems.bloodPressureAt40Minutes", "Record blood pressure about 40 minutes after."));
        }
        if (!rems.bloodPressureAtDischarge()) {
            out.add(new Missing("rems.bloodPressureAtDischarge", "Record blood pressure at discharge."));
        }
    }

    /** The REMS monitoring facts of an esketamine record. */
    static Rems remsOf(SessionRecord r, TreatmentSettings settings, @Nullable Instant submittedAt) {
        Instant dose = r.firstDoseAt();
        var d = r.discharge();
        Long observed =
                dose != null && d != null ? Duration.between(dose, d.at()).toMinutes() : null;
        List<VitalsView> all = r.vitals();
        boolean before = dose != null && all.stream().anyMatch(v -> !v.at().isAfter(dose));
        boolean at40 = dose != null
                && all.stream().anyMatch(v -> minutesAfter(dose, v.at()) >= 30 && minutesAfter(dose, v.at()) <= 50);
        boolean atDischarge = d != null
                && all.stream()
                        .anyMatch(v -> !v.at().isAfter(d.at().plusSeconds(60))
                                && !v.at().isBefore(d.at().minus(Duration.ofMinutes(15))));
        Integer sedation = r.scores().stream()
                .filter(s -> s.instrument() == Instrument.MOAA_S)
                .map(SessionRecord.ScoreView::value)
                .min(Integer::compare)
                .orElse(null);
        Integer dissociation = r.scores().stream()
                .filter(s -> s.instrument() == Instrument.CADSS_6)
                .map(SessionRecord.ScoreView::value)
                .max(Integer::compare)
                .orElse(null);
        boolean respiratory = r.events().stream().anyMatch(e -> e.kind() == EventKind.RESPIRATORY_DEPRESSION)
                || r.flags().stream().anyMatch(f -> f.kind() == FlagKind.RESPIRATORY_RATE_LOW);
        List<EventKind> serious = r.events().stream()
                .filter(e -> e.severity() == Severity.SEVERE)
                .map(SessionRecord.EventView::kind)
                .toList();
        Instant dueBy = dose == null ? null : dose.plus(Duration.ofDays(settings.remsFormDays()));
        return new Rems(
                observed,
                before,
                at40,
                atDischarge,
                sedation,
                dissociation,
                respiratory,
                d == null ? null : d.at(),
                serious,
                dueBy,
                submittedAt);
    }

    private static long minutesAfter(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
