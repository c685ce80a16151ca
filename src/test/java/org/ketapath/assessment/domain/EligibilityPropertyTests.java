package org.ketapath.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Over random migraine intakes, LIKELY_CANDIDATE is given only to an adult under 65 with resistant migraine who
 * answered every safety question and warning sign "no", with a reading under 140/90 (or none), a positive
 * screener and no medicine overuse. Property-based with QuickTheories.
 */
class EligibilityPropertyTests {

    /** A safety answer: mostly no, sometimes yes, sometimes not answered. */
    static final Gen<Boolean> ANSWER = Generate.pick(List.of(0, 0, 0, 0, 0, 0, 1, 2))
            .map(i -> i == 0 ? Boolean.FALSE : i == 1 ? Boolean.TRUE : null);

    record FlagsAndAge(Intake.RedFlags flags, int age) {}

    @Test
    void likely_candidate_only_when_every_condition_holds() {
        Gen<Intake.Migraine> migraines = integers()
                .between(0, 31)
                .zip(
                        integers().between(0, 31),
                        integers().between(0, 6),
                        integers().between(0, 4),
                        integers().between(0, 12),
                        (days, disabling, classes, triptans, months) -> new Intake.Migraine(
                                days,
                                5,
                                classes,
                                (days + months) % 14,
                                months,
                                Math.min(disabling, days),
                                months > 8,
                                triptans));
        Gen<Intake.BloodPressure> readings = integers()
                .between(100, 200)
                .zip(integers().between(60, 120), (s, d) -> new Intake.BloodPressure(s, Math.min(d, s - 10)));
        Gen<Intake.Safety> safeties = ANSWER.zip(
                ANSWER,
                ANSWER,
                ANSWER,
                (a, b, c, d) -> Candidates.safetyWith(
                        "activePsychosis", a, "knownHypertension", b, "sleepApnoea", c, "maniaOrHypomaniaHistory", d));
        Gen<Intake.RedFlags> flags = ANSWER.zip(ANSWER, ANSWER, ANSWER, Intake.RedFlags::new);

        qt().withExamples(2000)
                .forAll(migraines, readings, safeties, flags.zip(integers().between(14, 80), FlagsAndAge::new))
                .checkAssert((migraine, reading, safety, flagsAndAge) -> {
                    Intake.RedFlags redFlags = flagsAndAge.flags();
                    int age = flagsAndAge.age();
                    Intake.Safety withReading = Candidates.safetyWith(
                            "activePsychosis", safety.activePsychosis(),
                            "knownHypertension", safety.knownHypertension(),
                            "sleepApnoea", safety.sleepApnoea(),
                            "maniaOrHypomaniaHistory", safety.maniaOrHypomaniaHistory(),
                            "bloodPressure", reading);
                    Facts facts = new Facts(
                            Condition.MIGRAINE,
                            age,
                            "19107",
                            migraine,
                            List.of(Candidates.ID_MIGRAINE_POSITIVE),
                            List.of(),
                            withReading,
                            new Intake.Preferences(Setting.EITHER, 50),
                            redFlags);

                    Outcome outcome = EligibilityRules.decide(facts).outcome();

                    boolean expected = MigraineCriteria.resistant(migraine)
                            && age >= 18
                            && age < 65
                            && migraine.acuteMedicationDaysPerMonth() < 10
                            && reading.systolic() < 140
                            && reading.diastolic() < 90
                            && Boolean.FALSE.equals(withReading.activePsychosis())
                            && Boolean.FALSE.equals(withReading.knownHypertension())
                            && Boolean.FALSE.equals(withReading.sleepApnoea())
                            && Boolean.FALSE.equals(withReading.maniaOrHypomaniaHistory())
                            && Boolean.FALSE.equals(redFlags.thunderclap())
                            && Boolean.FALSE.equals(redFlags.neurologicalSymptoms())
                            && Boolean.FALSE.equals(redFlags.patternChanged())
                            && (age < 50 || Boolean.FALSE.equals(redFlags.newAfter50()));
                    assertThat(outcome == Outcome.LIKELY_CANDIDATE)
                            .as(facts.toString())
                            .isEqualTo(expected);
                    assertThat(facts.urgentCare())
                            .isEqualTo(Boolean.TRUE.equals(redFlags.thunderclap())
                                    || Boolean.TRUE.equals(redFlags.neurologicalSymptoms()));
                });
    }

    @Test
    void refractory_migraine_is_always_resistant_migraine() {
        qt().withExamples(2000)
                .forAll(
                        integers().between(0, 31).zip(integers().between(0, 6), (d, c) -> new int[] {d, c}),
                        integers().between(0, 4),
                        integers().between(0, 12),
                        ANSWER)
                .checkAssert((disablingAndClasses, triptans, months, all) -> {
                    int disabling = disablingAndClasses[0];
                    int classes = disablingAndClasses[1];
                    Intake.Migraine m = new Intake.Migraine(31, 5, classes, 0, months, disabling, all, triptans);

                    if (MigraineCriteria.refractory(m)) {
                        assertThat(MigraineCriteria.resistant(m)).isTrue();
                        assertThat(months).isGreaterThanOrEqualTo(6);
                    }
                    assertThat(MigraineCriteria.resistant(m))
                            .isEqualTo(classes >= 3 && triptans >= 2 && disabling >= 8 && months >= 3);
                });
    }
}
