package org.ketapath.treatment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.treatment.domain.SessionRecord.CourseView;
import org.ketapath.treatment.domain.SessionRecord.DischargeView;
import org.ketapath.treatment.domain.SessionRecord.DoseView;
import org.ketapath.treatment.domain.SessionRecord.FlagView;
import org.ketapath.treatment.domain.SessionRecord.PreCheckView;
import org.ketapath.treatment.domain.SessionRecord.ScoreView;
import org.ketapath.treatment.domain.SessionRecord.VitalsView;
import org.quicktheories.core.Gen;

/**
 * Random sequences of parts (pre-check, doses, readings from the whole possible range, flag notes, scores,
 * discharges) applied as the service applies them, with the real thresholds: a record is never signable while a
 * flag is open, and every open flag is named among the missing parts.
 */
class SignCheckPropertyTests {

    private static final Instant T0 = Instant.parse("2026-12-01T14:00:00Z");
    private static final TreatmentSettings SETTINGS = TreatmentSettings.defaults();

    /** One step: a kind (0-7) and a few numbers its values are drawn from. */
    record Step(int kind, int a, int b, int c) {}

    private static Gen<List<Step>> steps() {
        Gen<Step> step = integers()
                .between(0, 7)
                .zip(
                        integers().between(0, 1000),
                        integers().between(0, 1000),
                        integers().between(0, 1000),
                        Step::new);
        return lists().of(step).ofSizeBetween(0, 40);
    }

    @Test
    void shouldNeverYieldASignableRecordWithAnUnresolvedFlag() {
        qt().withExamples(2000).forAll(steps(), integers().between(0, 3)).checkAssert((steps, route) -> {
            SessionRecord record = apply(steps, Route.values()[route]);
            List<SignCheck.Missing> missing = SignCheck.missing(record, SETTINGS);
            List<FlagView> open = record.flags().stream().filter(FlagView::open).toList();
            if (missing.isEmpty()) {
                assertThat(open).isEmpty();
            }
            open.forEach(
                    f -> assertThat(missing).extracting(SignCheck.Missing::part).contains("flags." + f.id()));
        });
    }

    @Test
    void shouldFindSignableRecordsAmongTheSequencesSoThePropertyIsNotVacuous() {
        List<Step> complete = List.of(
                new Step(0, 0, 0, 0),
                new Step(1, 0, 0, 0),
                new Step(2, 70, 76, 25),
                new Step(4, 0, 0, 0),
                new Step(4, 1, 0, 0),
                new Step(6, 1000, 1, 1));
        SessionRecord record = apply(complete, Route.IM);
        assertThat(SignCheck.missing(record, SETTINGS)).isEmpty();
        SessionRecord flagged = apply(
                List.of(
                        complete.get(0),
                        complete.get(1),
                        new Step(2, 1000, 0, 0),
                        complete.get(3),
                        complete.get(4),
                        complete.get(5)),
                Route.IM);
        assertThat(SignCheck.missing(flagged, SETTINGS))
                .extracting(SignCheck.Missing::part)
                .anyMatch(p -> p.startsWith("flags."));
    }

    /** Builds the record the steps would leave, the way {@link SessionParts} writes each part. */
    static SessionRecord apply(List<Step> steps, Route route) {
        Thresholds thresholds = SETTINGS.thresholds();
        CourseView course = new CourseView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                Condition.DEPRESSION,
                "F33.1",
                route,
                BigDecimal.ONE,
                null,
                BigDecimal.ONE,
                6,
                T0,
                T0,
                1);
        PreCheckView pre = null;
        List<DoseView> doses = new ArrayList<>();
        List<VitalsView> vitals = new ArrayList<>();
        List<FlagView> flags = new ArrayList<>();
        List<ScoreView> scores = new ArrayList<>();
        DischargeView discharge = null;
        int minute = 0;
        for (Step s : steps) {
            minute += 1 + s.c() % 20;
            Instant at = T0.plusSeconds(60L * minute);
            switch (s.kind()) {
                case 0 ->
                    pre = new PreCheckView(
                            BigDecimal.valueOf(70),
                            true,
                            "Sam",
                            "+1 215 555 0100",
                            null,
                            null,
                            PregnancyTest.NOT_APPLICABLE,
                            s.a() % 2 == 0 ? 0 : 1,
                            s.b() % 2 == 0 ? null : "Assessed",
                            at);
                case 1 ->
                    doses.add(new DoseView(
                            UUID.randomUUID(),
                            route.drug(),
                            route,
                            BigDecimal.TEN,
                            BigDecimal.ONE,
                            null,
                            at,
                            null,
                            "L",
                            LocalDate.MAX,
                            null));
                case 2, 3 -> {
                    int systolic = 50 + s.a() % 251;
                    int diastolic = Math.min(20 + s.b() % 181, systolic - 1);
                    int heartRate = 20 + s.c() % 281;
                    int spo2 = 50 + (s.a() + s.b()) % 51;
                    Integer rr = s.b() % 5 == 0 ? null : (s.a() + s.c()) % 81;
                    UUID id = UUID.randomUUID();
                    vitals.add(new VitalsView(id, false, at, systolic, diastolic, heartRate, spo2, rr));
                    for (Thresholds.Breach b : thresholds.breaches(systolic, diastolic, heartRate, spo2, rr)) {
                        flags.add(new FlagView(UUID.randomUUID(), id, b.kind(), b.value(), b.threshold(), null, null));
                    }
                }
                case 4 ->
                    scores.add(new ScoreView(
                            UUID.randomUUID(),
                            s.a() % 2 == 0 ? Instrument.MOAA_S : Instrument.CADSS_6,
                            3,
                            Phase.AFTER,
                            at));
                case 5, 7 -> {
                    if (!flags.isEmpty()) {
                        int i = s.a() % flags.size();
                        FlagView f = flags.get(i);
                        if (f.open()) {
                            flags.set(
                                    i,
                                    new FlagView(
                                            f.id(), f.vitalsId(), f.kind(), f.value(), f.threshold(), "Acted", at));
                        }
                    }
                }
                case 6 -> {
                    int score = s.a() % 11;
                    // the service refuses a score below 9 without a justification
                    discharge = new DischargeView(
                            DischargeTool.ALDRETE,
                            score,
                            at,
                            s.b() % 3 != 0,
                            s.c() % 3 != 0,
                            score < 9 ? "Justified" : null);
                }
                default -> throw new IllegalStateException();
            }
        }
        return new SessionRecord(
                UUID.randomUUID(),
                course.clinicId(),
                UUID.randomUUID(),
                course.patientId(),
                SessionStatus.OPEN,
                T0,
                null,
                null,
                course,
                pre,
                doses,
                vitals,
                flags,
                scores,
                List.of(),
                discharge,
                List.of(),
                null,
                null);
    }
}
