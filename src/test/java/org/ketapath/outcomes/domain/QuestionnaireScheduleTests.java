package org.ketapath.outcomes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.outcomes.PatientOutcomes.QuestionnaireScore;
import org.ketapath.treatment.TreatmentApi.CourseSummary;
import org.ketapath.treatment.TreatmentApi.SessionPain;

/** When PHQ-9, GAD-7 and MIDAS fall due, and PHQ-9 response and remission. */
class QuestionnaireScheduleTests {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate START = LocalDate.of(2026, 9, 1);

    static Instant at(LocalDate d) {
        return d.atTime(10, 0).atZone(ZONE).toInstant();
    }

    static CourseSummary course(String condition, int planned, LocalDate... sessions) {
        List<SessionPain> signed = new ArrayList<>();
        for (LocalDate d : sessions) {
            signed.add(new SessionPain(UUID.randomUUID(), at(d), 6, 3));
        }
        return new CourseSummary(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                condition,
                planned,
                at(START),
                sessions.length == 0 ? null : at(sessions[0]),
                signed);
    }

    @Test
    void shouldAskPhq9AndGad7BeforeTheFirstSessionOfAPsychiatricCourse() {
        var occasions = QuestionnaireSchedule.occasions(course("DEPRESSION", 6), ZONE, START);
        assertThat(QuestionnaireSchedule.due(occasions, Map.of(), START))
                .extracting(QuestionnaireSchedule.Occasion::instrument)
                .containsExactly("phq-9", "gad-7");
        assertThat(QuestionnaireSchedule.due(occasions, Map.of("phq-9", List.of(START)), START))
                .extracting(QuestionnaireSchedule.Occasion::instrument)
                .containsExactly("gad-7");
    }

    @Test
    void shouldAskEveryTwoWeeksDuringTheCourseAndMonthlyForThreeMonthsAfter() {
        LocalDate first = START.plusDays(7);
        CourseSummary done = course("DEPRESSION", 3, first, first.plusDays(14), first.plusDays(28));
        var phq = QuestionnaireSchedule.occasions(done, ZONE, first.plusDays(200)).stream()
                .filter(o -> o.instrument().equals("phq-9"))
                .map(QuestionnaireSchedule.Occasion::due)
                .toList();
        assertThat(phq)
                .containsExactly(
                        START,
                        first.plusDays(14),
                        first.plusDays(28),
                        first.plusDays(28 + 30),
                        first.plusDays(28 + 60),
                        first.plusDays(28 + 90));
    }

    @Test
    void shouldKeepAskingEveryTwoWeeksWhileTheCourseGoesOn() {
        LocalDate first = START.plusDays(7);
        CourseSummary ongoing = course("ANXIETY", 6, first, first.plusDays(3));
        LocalDate today = first.plusDays(30);
        var due = QuestionnaireSchedule.due(QuestionnaireSchedule.occasions(ongoing, ZONE, today), Map.of(), today);
        assertThat(due).extracting(QuestionnaireSchedule.Occasion::due).containsOnly(first.plusDays(28));
    }

    @Test
    void shouldDropAMissedOccasionAfter13Days() {
        var occasions = QuestionnaireSchedule.occasions(course("DEPRESSION", 6), ZONE, START);
        assertThat(QuestionnaireSchedule.due(occasions, Map.of(), START.plusDays(13)))
                .hasSize(2);
        assertThat(QuestionnaireSchedule.due(occasions, Map.of(), START.plusDays(14)))
                .isEmpty();
    }

    @Test
    void shouldAskMidasAtTheStartAndThreeMonthsAfterTheFirstSessionOfAMigraineCourse() {
        LocalDate first = START.plusDays(10);
        var occasions = QuestionnaireSchedule.occasions(course("MIGRAINE", 6, first), ZONE, first.plusDays(120));
        assertThat(occasions)
                .extracting(QuestionnaireSchedule.Occasion::instrument, QuestionnaireSchedule.Occasion::due)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("midas", START),
                        org.assertj.core.groups.Tuple.tuple("midas", first.plusDays(90)));
        assertThat(QuestionnaireSchedule.occasions(course("CHRONIC_PAIN", 6, first), ZONE, first))
                .isEmpty();
    }

    @Test
    void shouldCallPhq9ResponseAtAHalvingAndRemissionBelowFive() {
        var change = QuestionnaireService.phq9Change(List.of(
                        new QuestionnaireScore("phq-9", START, 16, "Moderately severe depression"),
                        new QuestionnaireScore("gad-7", START, 12, "Moderate anxiety"),
                        new QuestionnaireScore("phq-9", START.plusDays(30), 8, "Mild depression")))
                .orElseThrow();
        assertThat(change.response()).isTrue();
        assertThat(change.remission()).isFalse();
        var remission = QuestionnaireService.phq9Change(List.of(
                        new QuestionnaireScore("phq-9", START, 9, "Mild depression"),
                        new QuestionnaireScore("phq-9", START.plusDays(30), 4, "Minimal depression")))
                .orElseThrow();
        assertThat(remission.response()).isTrue();
        assertThat(remission.remission()).isTrue();
        var noResponse = QuestionnaireService.phq9Change(List.of(
                        new QuestionnaireScore("phq-9", START, 15, "x"),
                        new QuestionnaireScore("phq-9", START.plusDays(30), 8, "x")))
                .orElseThrow();
        assertThat(noResponse.response()).isFalse();
        assertThat(QuestionnaireService.phq9Change(List.of(new QuestionnaireScore("phq-9", START, 15, "x"))))
                .isEmpty();
    }

    @Test
    void shouldDateTheBaselineAtTheFirstSessionWhenTheCourseWasRecordedLater() {
        LocalDate first = START.minusDays(60);
        var occasions = QuestionnaireSchedule.occasions(course("MIGRAINE", 6, first), ZONE, START);
        assertThat(occasions.get(0).due()).isEqualTo(first);
        assertThat(QuestionnaireSchedule.due(occasions, Map.of(), START)).isEmpty();
    }
}
