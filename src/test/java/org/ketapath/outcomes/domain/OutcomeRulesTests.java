package org.ketapath.outcomes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketapath.outcomes.OutcomeWindow;

/** The outcome definitions of issue 16, day by day and window by window. */
class OutcomeRulesTests {

    static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    /** A diary day built up from a headache-free one. */
    static final class Day {
        boolean headache;
        Integer pain;
        BigDecimal hours;
        boolean uni, puls, worse, nausea, vomiting, light, sound, aura;
        List<DiaryDay.Medication> meds = new ArrayList<>();

        DiaryDay build(LocalDate date) {
            return new DiaryDay(
                    date, headache, pain, hours, uni, puls, worse, nausea, vomiting, light, sound, aura, meds, false,
                    null);
        }
    }

    /** A headache of the given pain and hours with features named by letters: U P W N V L S A. */
    static DiaryDay day(int pain, String hours, String features, MedicationClass... meds) {
        Day d = new Day();
        d.headache = pain > 0 || !hours.equals("0");
        d.pain = d.headache ? pain : null;
        d.hours = d.headache ? new BigDecimal(hours) : null;
        d.uni = features.contains("U");
        d.puls = features.contains("P");
        d.worse = features.contains("W");
        d.nausea = features.contains("N");
        d.vomiting = features.contains("V");
        d.light = features.contains("L");
        d.sound = features.contains("S");
        d.aura = features.contains("A");
        for (MedicationClass m : meds) {
            d.meds.add(new DiaryDay.Medication(m.name().toLowerCase(), 1, m));
        }
        return d.build(DAY);
    }

    static Stream<Arguments> days() {
        return Stream.of(
                // pain, hours, features, medicines, migraine?, headache?, acute medication?
                Arguments.of("headache-free day", day(0, "0", ""), false, false, false),
                Arguments.of("2 pain features + nausea, 4 h", day(6, "4", "UPN"), true, true, false),
                Arguments.of("pain 4 counts as a feature", day(4, "2", "UN"), true, true, false),
                Arguments.of("pain 3 does not", day(3, "2", "UN"), false, true, false),
                Arguments.of("only one pain feature", day(3, "6", "UN"), false, true, false),
                Arguments.of("no associated symptom", day(8, "6", "UPW"), false, true, false),
                Arguments.of("vomiting alone is enough", day(7, "3", "PWV"), true, true, false),
                Arguments.of("light and sound together", day(7, "3", "UPLS"), true, true, false),
                Arguments.of("light without sound is not", day(7, "3", "UPL"), false, true, false),
                Arguments.of("sound without light is not", day(7, "3", "UPS"), false, true, false),
                Arguments.of("exactly 30 minutes counts", day(7, "0.5", "UPN"), true, true, false),
                Arguments.of("under 30 minutes does not", day(7, "0.45", "UPN"), false, true, false),
                Arguments.of("aura makes a migraine day", day(0, "0", "A"), true, false, false),
                Arguments.of(
                        "a triptan makes a migraine day", day(2, "1", "", MedicationClass.TRIPTAN), true, true, true),
                Arguments.of("a gepant too", day(0, "0", "", MedicationClass.GEPANT), true, false, true),
                Arguments.of("a ditan too", day(0, "0", "", MedicationClass.DITAN), true, false, true),
                Arguments.of("an ergot too", day(0, "0", "", MedicationClass.ERGOT), true, false, true),
                Arguments.of("an NSAID does not", day(3, "2", "U", MedicationClass.NSAID), false, true, true),
                Arguments.of("an opioid does not", day(3, "2", "U", MedicationClass.OPIOID), false, true, true),
                Arguments.of("other medicine: acute day", day(0, "0", "", MedicationClass.OTHER), false, false, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void shouldClassifyEachDayAsTheDefinitionsSay(
            String name, DiaryDay day, boolean migraine, boolean headache, boolean acute) {
        assertThat(OutcomeRules.migraineDay(day)).as("migraine day").isEqualTo(migraine);
        assertThat(OutcomeRules.headacheDay(day)).as("headache day").isEqualTo(headache);
        assertThat(OutcomeRules.acuteMedicationDay(day))
                .as("acute-medication day")
                .isEqualTo(acute);
    }

    @ParameterizedTest(name = "{0} of {1} days -> {2}")
    @CsvSource({"0, 28, 0.0", "8, 28, 8.0", "8, 21, 10.7", "7, 21, 9.3", "1, 27, 1.0", "10, 24, 11.7", "21, 21, 28.0"})
    void shouldScaleCountsTo28DaysWithOneDecimal(int count, int days, String expected) {
        assertThat(OutcomeRules.scaled(count, days)).isEqualByComparingTo(expected);
        assertThat(OutcomeRules.scaled(count, days).scale()).isEqualTo(1);
    }

    /** A diary over the window from {@link #DAY}: each day's entry from the function, or none when it gives null. */
    static Map<LocalDate, DiaryDay> diary(LocalDate from, int days, java.util.function.IntFunction<DiaryDay> entry) {
        Map<LocalDate, DiaryDay> diary = new HashMap<>();
        for (int i = 0; i < days; i++) {
            DiaryDay d = entry.apply(i);
            if (d != null) {
                LocalDate date = from.plusDays(i);
                diary.put(date, redate(d, date));
            }
        }
        return diary;
    }

    static DiaryDay redate(DiaryDay d, LocalDate date) {
        return new DiaryDay(
                date,
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
                d.medications(),
                d.missedActivity(),
                d.notes());
    }

    static final LocalDate LATER = DAY.plusDays(100);

    @ParameterizedTest(name = "{0} days with an entry -> valid {1}")
    @CsvSource({"28, true", "21, true", "20, false", "0, false"})
    void shouldCountAWindowOnlyWithEntriesOnAtLeast21Days(int withEntry, boolean valid) {
        var diary = diary(DAY, 28, i -> i < withEntry ? day(6, "4", "UPN") : null);
        OutcomeWindow w = OutcomeRules.window(0, DAY, diary, LATER);
        assertThat(w.daysWithEntry()).isEqualTo(withEntry);
        assertThat(w.valid()).isEqualTo(valid);
        if (valid) {
            assertThat(w.migraineDays()).isEqualByComparingTo("28.0");
        } else {
            assertThat(w.migraineDays()).isNull();
            assertThat(w.headacheDays()).isNull();
            assertThat(w.acuteMedicationDays()).isNull();
            assertThat(w.averagePeakPain()).isNull();
            assertThat(w.medicationOveruse()).isNull();
        }
    }

    @Test
    void shouldScaleAWindowWithGapsAndAverageThePeakPainOfHeadacheDays() {
        // 21 days entered (7 missing): 6 migraine days (pain 8), 3 other headache days (pain 2), 12 free days
        var diary = diary(DAY, 28, i -> {
            if (i >= 21) {
                return null;
            }
            if (i < 6) {
                return day(8, "5", "UPN", MedicationClass.TRIPTAN);
            }
            return i < 9 ? day(2, "1", "") : day(0, "0", "");
        });
        OutcomeWindow w = OutcomeRules.window(1, DAY, diary, LATER);
        assertThat(w.valid()).isTrue();
        assertThat(w.from()).isEqualTo(DAY);
        assertThat(w.to()).isEqualTo(DAY.plusDays(27));
        assertThat(w.migraineDays()).isEqualByComparingTo("8.0"); // 6 × 28 / 21
        assertThat(w.headacheDays()).isEqualByComparingTo("12.0"); // 9 × 28 / 21
        assertThat(w.acuteMedicationDays()).isEqualByComparingTo("8.0");
        assertThat(w.averagePeakPain()).isEqualByComparingTo("6.0"); // (6 × 8 + 3 × 2) / 9
        assertThat(w.medicationOveruse()).isFalse();
    }

    @Test
    void shouldNotCountAWindowThatHasNotEndedYet() {
        var diary = diary(DAY, 28, i -> day(0, "0", ""));
        assertThat(OutcomeRules.window(1, DAY, diary, DAY.plusDays(27)).valid()).isFalse();
        assertThat(OutcomeRules.window(1, DAY, diary, DAY.plusDays(28)).valid()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overuse")
    void shouldFlagMedicationOveruseAtTenOrFifteenDays(
            String name, int days, MedicationClass drug, int entered, boolean overuse) {
        var diary = diary(DAY, 28, i -> i >= entered ? null : (i < days ? day(3, "2", "", drug) : day(0, "0", "")));
        assertThat(OutcomeRules.window(1, DAY, diary, LATER).medicationOveruse())
                .isEqualTo(overuse);
    }

    static Stream<Arguments> overuse() {
        return Stream.of(
                Arguments.of("triptan 10 days", 10, MedicationClass.TRIPTAN, 28, true),
                Arguments.of("triptan 9 days", 9, MedicationClass.TRIPTAN, 28, false),
                Arguments.of("triptan 8 of 21 days scales to 10.7", 8, MedicationClass.TRIPTAN, 21, true),
                Arguments.of("opioid 10 days", 10, MedicationClass.OPIOID, 28, true),
                Arguments.of("ergot 10 days", 10, MedicationClass.ERGOT, 28, true),
                Arguments.of("combination analgesic 10 days", 10, MedicationClass.COMBINATION_ANALGESIC, 28, true),
                Arguments.of("NSAID 10 days", 10, MedicationClass.NSAID, 28, false),
                Arguments.of("NSAID 14 days", 14, MedicationClass.NSAID, 28, false),
                Arguments.of("NSAID 15 days", 15, MedicationClass.NSAID, 28, true),
                Arguments.of("simple analgesic 15 days", 15, MedicationClass.SIMPLE_ANALGESIC, 28, true),
                Arguments.of("gepant 20 days (not an overuse class)", 20, MedicationClass.GEPANT, 28, false));
    }

    @Test
    void shouldCountTriptanAndOpioidDaysTogetherTowardTheTenDayRule() {
        var diary = diary(
                DAY,
                28,
                i -> i < 5
                        ? day(5, "3", "", MedicationClass.TRIPTAN)
                        : i < 10 ? day(5, "3", "", MedicationClass.OPIOID) : day(0, "0", ""));
        assertThat(OutcomeRules.window(1, DAY, diary, LATER).medicationOveruse())
                .isTrue();
    }

    @Test
    void shouldPlaceTheBaselineBeforeTheFirstSessionAndFollowUpWindowsAfterIt() {
        LocalDate first = LocalDate.of(2026, 10, 15);
        List<OutcomeWindow> windows = OutcomeRules.windows(first, Map.of(), LATER.plusDays(200));
        assertThat(windows).extracting(OutcomeWindow::index).containsExactly(0, 1, 2, 3);
        assertThat(windows.get(0).from()).isEqualTo(first.minusDays(28));
        assertThat(windows.get(0).to()).isEqualTo(first.minusDays(1));
        assertThat(windows.get(1).from()).isEqualTo(first.plusDays(1));
        assertThat(windows.get(1).to()).isEqualTo(first.plusDays(28));
        assertThat(windows.get(2).from()).isEqualTo(first.plusDays(29));
        assertThat(windows.get(3).from()).isEqualTo(first.plusDays(57));
        assertThat(windows.get(3).to()).isEqualTo(first.plusDays(84));
    }

    @ParameterizedTest(name = "baseline {0}, window 1 {1} -> {2}")
    @CsvSource(
            nullValues = "null",
            value = {"10, 5, true", "10, 5.1, false", "10, 0, true", "10, 10, false", "0, 0, null", "8.0, 4.0, true"})
    void shouldCallA50PercentResponderFromBaselineAndWindowOne(String before, String after, Boolean responder) {
        OutcomeWindow baseline = valid(0, before);
        OutcomeWindow first = valid(1, after);
        assertThat(OutcomeRules.responder50(baseline, first)).isEqualTo(responder);
    }

    @Test
    void shouldGiveNoResponderVerdictWhenEitherWindowIsInvalid() {
        OutcomeWindow invalid = new OutcomeWindow(1, DAY, DAY.plusDays(27), 20, false, null, null, null, null, null);
        assertThat(OutcomeRules.responder50(valid(0, "10"), invalid)).isNull();
        assertThat(OutcomeRules.responder50(invalid, valid(1, "1"))).isNull();
    }

    static OutcomeWindow valid(int index, String migraineDays) {
        return new OutcomeWindow(
                index,
                DAY,
                DAY.plusDays(27),
                28,
                true,
                new BigDecimal(migraineDays),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                false);
    }
}
