package org.ketapath.directory;

/** The conditions a provider treats (the assessment's conditions). */
public enum TreatedCondition {
    MIGRAINE("Migraine"),
    DEPRESSION("Depression"),
    ANXIETY("Anxiety"),
    OCD("OCD"),
    BIPOLAR_DEPRESSION("Bipolar depression"),
    CHRONIC_PAIN("Chronic pain"),
    PTSD("PTSD");

    private final String label;

    TreatedCondition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
