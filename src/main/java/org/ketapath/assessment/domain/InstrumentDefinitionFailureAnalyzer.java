package org.ketapath.assessment.domain;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken instrument definition stops startup with one message naming the file and what is wrong. */
class InstrumentDefinitionFailureAnalyzer extends AbstractFailureAnalyzer<InstrumentDefinitionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InstrumentDefinitionException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the definition under src/main/resources/assessment/instruments (or the licensed-content"
                        + " settings it names); every instrument is checked at startup so a broken one never ships.",
                cause);
    }
}
