package org.ketapath.directory;

/** How a provider gives ketamine. */
public enum Modality {
    IV_INFUSION("IV infusion"),
    IM_INJECTION("IM injection"),
    AT_HOME("At home"),
    ESKETAMINE_NASAL("Esketamine nasal spray"),
    KAP("Ketamine-assisted psychotherapy");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
