package org.ketapath.treatment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IcdCodesTests {

    private final IcdCodes codes = new IcdCodes();

    @Test
    void shouldKnowTheCodesOfEveryConditionThePlatformTreats() {
        assertThat(codes.find("G43.709").orElseThrow().condition()).isEqualTo(Condition.MIGRAINE);
        assertThat(codes.find("f33.1").orElseThrow().condition()).isEqualTo(Condition.DEPRESSION);
        assertThat(codes.find("F32.A").orElseThrow().condition()).isEqualTo(Condition.DEPRESSION);
        assertThat(codes.find("F43.12").orElseThrow().condition()).isEqualTo(Condition.PTSD);
        assertThat(codes.find("F41.1").orElseThrow().condition()).isEqualTo(Condition.ANXIETY);
        assertThat(codes.find("F42.2").orElseThrow().condition()).isEqualTo(Condition.OCD);
        assertThat(codes.find("F31.31").orElseThrow().condition()).isEqualTo(Condition.BIPOLAR_DEPRESSION);
        assertThat(codes.find("F31.5").orElseThrow().condition()).isEqualTo(Condition.BIPOLAR_DEPRESSION);
        assertThat(codes.find("G89.29").orElseThrow().condition()).isEqualTo(Condition.CHRONIC_PAIN);
    }

    @Test
    void shouldNotKnowCategoryHeadersOrUnrelatedCodes() {
        assertThat(codes.find("G43")).isEmpty();
        assertThat(codes.find("F42")).isEmpty();
        assertThat(codes.find("J45.909")).isEmpty();
    }
}
