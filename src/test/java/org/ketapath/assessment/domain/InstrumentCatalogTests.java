package org.ketapath.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Definitions are validated at startup; broken ones (test resources) fail with a message saying why. */
class InstrumentCatalogTests {

    @Test
    void ships_the_five_instruments() {
        assertThat(Instruments.catalog().all())
                .extracting(Instrument::id)
                .containsExactlyInAnyOrder("phq-9", "gad-7", "midas", "hit-6", "id-migraine");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "gap-in-bands | bands must run in order without gaps",
                "wrong-total | total range 0..10 does not match the items (0..6)",
                "unknown-flag-item | names unknown item q7",
                "free-without-text | item q2 needs its text",
                "not-json | cannot be read"
            })
    void a_broken_definition_fails_clearly(String name, String message) {
        assertThatThrownBy(() -> new InstrumentCatalog(new AssessmentSettings(
                        Map.of(), Duration.ofHours(24), "classpath*:assessment/broken-instruments/" + name + ".json")))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageContaining(name + ".json")
                .hasMessageContaining(message);
    }

    @Test
    void licensed_texts_appear_when_the_deployment_supplies_them() {
        Map<String, String> texts = Map.of("q1", "T1", "q2", "T2", "q3", "T3", "q4", "T4", "q5", "T5", "q6", "T6");
        AssessmentSettings settings = new AssessmentSettings(
                Map.of("hit-6", new AssessmentSettings.LicensedContent(true, texts)),
                Duration.ofHours(24),
                AssessmentSettings.DEFAULT_INSTRUMENTS);

        Instrument hit6 = new InstrumentCatalog(settings).find("hit-6").orElseThrow();

        assertThat(hit6.textsAvailable()).isTrue();
        assertThat(hit6.item("q3").orElseThrow().text()).isEqualTo("T3");
    }

    @Test
    void enabling_licensed_content_without_every_text_fails_startup() {
        AssessmentSettings settings = new AssessmentSettings(
                Map.of("hit-6", new AssessmentSettings.LicensedContent(true, Map.of("q1", "T1"))),
                Duration.ofHours(24),
                AssessmentSettings.DEFAULT_INSTRUMENTS);

        assertThatThrownBy(() -> new InstrumentCatalog(settings))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageContaining("ketapath.assessment.licensed-content.hit-6.texts.q2");
    }
}
