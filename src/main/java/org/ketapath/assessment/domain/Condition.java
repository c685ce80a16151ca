package org.ketapath.assessment.domain;

/** The condition a person seeks ketamine therapy for. */
public enum Condition {
    MIGRAINE("Migraine"),
    DEPRESSION("Depression"),
    ANXIETY("Anxiety"),
    OCD("Obsessive-compulsive disorder (OCD)"),
    BIPOLAR_DEPRESSION("Bipolar depression"),
    CHRONIC_PAIN("Chronic pain"),
    PTSD("Post-traumatic stress disorder (PTSD)");

    private final String label;

    Condition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The questionnaire the assessment flow asks for this condition. */
    public String screener() {
        if (this == MIGRAINE) {
            return "id-migraine";
        }
        return this == ANXIETY ? "gad-7" : "phq-9";
    }
}
