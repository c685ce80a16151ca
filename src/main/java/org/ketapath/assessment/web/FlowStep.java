package org.ketapath.assessment.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ketapath.assessment.domain.Condition;

/** The pages of the assessment, one topic each, in order. Headaches are asked about only for migraine. */
public enum FlowStep {
    ABOUT("about", "About you"),
    HEADACHES("headaches", "Your headaches"),
    QUESTIONNAIRE("questionnaire", "How you have been"),
    SAFETY("safety", "Your health and safety"),
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

    /** The steps this person goes through: all of them for migraine (or before choosing), else no headaches. */
    static List<FlowStep> path(Optional<Condition> condition) {
        return Arrays.stream(values())
                .filter(s -> s != HEADACHES || condition.isEmpty() || condition.get() == Condition.MIGRAINE)
                .toList();
    }
}
