package org.ketapath.assessment.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ketapath.assessment.domain.Condition;

/**
 * The pages of the assessment, one topic each, in order. The headache pages are asked only for migraine, and
 * "how long and how disabling" only while resistant migraine is still possible from the answers so far.
 */
public enum FlowStep {
    ABOUT("about", "About you"),
    HEADACHES("headaches", "Your headaches"),
    WARNING_SIGNS("warning-signs", "Headache warning signs"),
    HEADACHE_HISTORY("headache-history", "How long, and how disabling"),
    QUESTIONNAIRE("questionnaire", "How you have been"),
    SAFETY("safety", "Your health and safety"),
    MENTAL_HEALTH("mental-health", "Your mental health"),
    MEDICINES("medicines", "Your medicines"),
    PREFERENCES("preferences", "Where you would like treatment");

    private final String slug;
    private final String title;

    FlowStep(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    static Optional<FlowStep> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    /**
     * The steps this person goes through: the headache pages for migraine (or before choosing), the history page
     * only when it can still apply.
     */
    static List<FlowStep> path(Optional<Condition> condition, boolean headacheHistoryApplies) {
        boolean migraine = condition.isEmpty() || condition.get() == Condition.MIGRAINE;
        return Arrays.stream(values())
                .filter(s -> migraine || (s != HEADACHES && s != WARNING_SIGNS && s != HEADACHE_HISTORY))
                .filter(s -> s != HEADACHE_HISTORY || headacheHistoryApplies)
                .toList();
    }
}
