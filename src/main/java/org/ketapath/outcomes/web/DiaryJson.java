package org.ketapath.outcomes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketapath.outcomes.domain.DiaryDay;
import org.ketapath.outcomes.domain.DiaryService;
import org.ketapath.outcomes.domain.OutcomeRules;

/** A diary day as the API shows it, with what the definitions make of it and whether it can still be changed. */
record DiaryJson(
        LocalDate date,
        boolean headache,
        @Nullable Integer peakPain,
        @Nullable BigDecimal durationHours,
        boolean unilateral,
        boolean pulsating,
        boolean worseWithActivity,
        boolean nausea,
        boolean vomiting,
        boolean lightSensitivity,
        boolean soundSensitivity,
        boolean aura,
        List<Medication> acuteMedications,
        boolean missedActivity,
        @Nullable String notes,
        boolean migraineDay,
        boolean headacheDay,
        boolean acuteMedicationDay,
        boolean locked) {

    /**
     * A medicine with the class the server read it as.
     *
     * @param medicationClass TRIPTAN, GEPANT, DITAN, ERGOT, OPIOID, NSAID, SIMPLE_ANALGESIC, COMBINATION_ANALGESIC
     *     or OTHER
     */
    record Medication(String name, int doses, String medicationClass) {}

    static DiaryJson of(DiaryDay d, LocalDate today) {
        return new DiaryJson(
                d.date(),
                d.headache(),
                d.peakPain(),
                d.durationHours(),
                d.unilateral(),
                d.pulsating(),
                d.worseWithActivity(),
                d.nausea(),
                d.vomiting(),
                d.lightSensitivity(),
                d.soundSensitivity(),
                d.aura(),
                d.medications().stream()
                        .map(m -> new Medication(
                                m.name(), m.doses(), m.medicationClass().name()))
                        .toList(),
                d.missedActivity(),
                d.notes(),
                OutcomeRules.migraineDay(d),
                OutcomeRules.headacheDay(d),
                OutcomeRules.acuteMedicationDay(d),
                !DiaryService.editable(d.date(), today));
    }
}
