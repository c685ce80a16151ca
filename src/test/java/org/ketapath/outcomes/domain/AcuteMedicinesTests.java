package org.ketapath.outcomes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Acute medicines as patients type them, read into classes with the assessment's name handling. */
class AcuteMedicinesTests {

    static final AcuteMedicines MEDICINES = new AcuteMedicines();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "IMITREX 50mg, TRIPTAN",
        "sumatriptan nasal spray, TRIPTAN",
        "Maxalt MLT 10 mg, TRIPTAN",
        "rizatriptn, TRIPTAN",
        "Treximet, TRIPTAN",
        "Nurtec ODT 75mg, GEPANT",
        "ubrelvy, GEPANT",
        "Reyvow 100 mg, DITAN",
        "DHE 45 injection, ERGOT",
        "Tylenol #3, OPIOID",
        "Tylenol, SIMPLE_ANALGESIC",
        "acetaminophen 500mg, SIMPLE_ANALGESIC",
        "Advil, NSAID",
        "ibuprofen 400 mg, NSAID",
        "naproxen sodium, NSAID",
        "Excedrin Migraine, COMBINATION_ANALGESIC",
        "Fioricet, COMBINATION_ANALGESIC",
        "Fioricet with codeine, OPIOID",
        "oxycodone/APAP, OPIOID",
        "ondansetron, OTHER",
        "ice pack, OTHER"
    })
    void shouldReadEachMedicineIntoItsClass(String typed, MedicationClass expected) {
        assertThat(MEDICINES.classify(typed)).isEqualTo(expected);
    }
}
