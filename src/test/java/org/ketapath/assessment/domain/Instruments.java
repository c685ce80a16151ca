package org.ketapath.assessment.domain;

import java.util.Map;

/** The shipped instrument catalog for unit tests, without Spring. */
final class Instruments {

    private Instruments() {}

    static AssessmentSettings noLicensedContent() {
        return new AssessmentSettings(Map.of(), java.time.Duration.ofHours(24), AssessmentSettings.DEFAULT_INSTRUMENTS);
    }

    static InstrumentCatalog catalog() {
        return new InstrumentCatalog(noLicensedContent());
    }
}
