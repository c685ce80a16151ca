package org.ketapath.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InteractionCatalogTests {

    final InteractionCatalog catalog = new InteractionCatalog();

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
        "XANAX 0.5mg, BENZODIAZEPINE",
        "Xanax 0.5 mg, BENZODIAZEPINE",
        "alprazolam er, BENZODIAZEPINE",
        "Klonopin 1 mg twice daily, BENZODIAZEPINE",
        "lamictal, LAMOTRIGINE",
        "Lamotrigine XR 200mg, LAMOTRIGINE",
        "Nardil, MAOI",
        "selegiline patch (Emsam), MAOI",
        "Adderall XR 20 mg, STIMULANT",
        "methylphenidate, STIMULANT",
        "oxycodone/acetaminophen, OPIOID",
        "MS Contin 15mg, OPIOID",
        "Ambien 10mg, SEDATIVE",
        "Fioricet, SEDATIVE",
        "namenda, MEMANTINE"
    })
    void brand_and_generic_names_match_in_any_case_with_doses_ignored(String medication, String drugClass) {
        assertThat(catalog.find(List.of(medication)))
                .extracting(Interaction::drugClass)
                .containsExactly(drugClass);
    }

    @Test
    void unrelated_medicines_and_partial_words_do_not_match() {
        assertThat(catalog.find(
                        List.of("sumatriptan 50 mg", "topiramate", "ibuprofen", "Xanaxian", "vitamin D 1000 IU")))
                .isEmpty();
    }

    @Test
    void the_medication_is_reported_as_entered() {
        assertThat(catalog.find(List.of("  Xanax 0.5 mg "))).singleElement().satisfies(i -> {
            assertThat(i.medication()).isEqualTo("Xanax 0.5 mg");
            assertThat(i.effect()).isNotBlank();
        });
    }
}
