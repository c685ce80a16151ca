package org.ketapath.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.PatientDetails;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.outcomes.domain.DiaryReminders;
import org.ketapath.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The diary pages over HTTP, without JavaScript: one tap, the day form, its errors, the month, settings. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ketapath.outcomes.reminders.enabled=false")
class DiaryPagesTests {

    static final String PASSWORD = "correct-horse-battery-9";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DiaryReminders reminders;

    WebClient web;
    UUID patient;
    LocalDate today;

    @BeforeEach
    void signIn() {
        web = new WebClient(port);
        String email = "diary-page-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        patient = accounts.createVerifiedPatient(
                email, PASSWORD, new PatientDetails("Ada", "Lovelace", LocalDate.of(1985, 3, 4), "19107", null));
        web.signIn(email, PASSWORD);
        today = LocalDate.now(ZoneId.of("America/New_York"));
    }

    Document page(String path) {
        HttpResponse<String> response = web.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void shouldEnterAHeadacheFreeDayWithOneTap() {
        Document diary = page("/diary");
        assertThat(diary.select("form[action=/diary/" + today + "/headache-free] button")
                        .text())
                .isEqualTo("No headache today");
        HttpResponse<String> tapped = web.post("/diary/" + today + "/headache-free");
        assertThat(tapped.statusCode()).isEqualTo(302);
        assertThat(web.location(tapped)).startsWith("/diary?saved=" + today);

        Document after = page(web.location(tapped));
        assertThat(after.select("[role=status]").text()).startsWith("Saved:");
        assertThat(after.select("td[aria-current=date] .diary-label").text()).isEqualTo("No headache");
        assertThat(after.text()).contains("Today is entered.");
    }

    @Test
    void shouldShowMissingDaysInTheMonthAndTheDaysStillOpen() {
        Document diary = page("/diary");
        assertThat(diary.select("table.diary-calendar caption").text()).contains(String.valueOf(today.getYear()));
        assertThat(diary.select("td.diary-missing .diary-label").eachText()).contains("Missing");
        assertThat(diary.select("ul.diary-open li")).hasSize(7);
        assertThat(diary.select("td.diary-missing")).hasSize(today.getDayOfMonth());
    }

    @Test
    void shouldSaveAMigraineDayFromTheForm() {
        LocalDate day = today.minusDays(2);
        page("/diary/" + day);
        HttpResponse<String> saved = web.post(
                "/diary/" + day,
                "headache",
                "true",
                "peakPain",
                "8",
                "durationHours",
                "4",
                "unilateral",
                "true",
                "pulsating",
                "true",
                "nausea",
                "true",
                "med0Name",
                "Imitrex 50 mg",
                "med0Doses",
                "1",
                "notes",
                "Bad one.");
        assertThat(saved.statusCode()).isEqualTo(302);
        Document month = page("/diary?month=" + java.time.YearMonth.from(day));
        assertThat(month.select("td.diary-migraine .diary-label").eachText()).contains("Migraine");
        Document form = page("/diary/" + day);
        assertThat(form.select("input[name=peakPain][value=8]").hasAttr("checked"))
                .isTrue();
        assertThat(form.select("#med0Name").val()).isEqualTo("Imitrex 50 mg");
        assertThat(form.select("#notes").text()).isEqualTo("Bad one.");
        assertThat(jdbc.sql("select medication_class from diary_medication where patient_id = :p")
                        .param("p", patient)
                        .query(String.class)
                        .single())
                .isEqualTo("TRIPTAN");
    }

    @Test
    void shouldShowErrorsBesideTheirFieldsAndInASummary() {
        page("/diary/" + today);
        Document form = Jsoup.parse(web.post("/diary/" + today, "headache", "true", "notes", "x".repeat(1001))
                .body());
        assertThat(form.select(".error-summary h2").text()).isEqualTo("There is a problem");
        assertThat(form.select(".error-summary a").eachAttr("href")).contains("#notes");
        assertThat(form.select("#notes").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#notes").attr("aria-describedby")).contains("notes-error");
        assertThat(form.select("#notes-error").text()).contains("1,000");

        Document missingPain = Jsoup.parse(web.post("/diary/" + today, "headache", "true", "durationHours", "2")
                .body());
        assertThat(missingPain.select(".error-summary a").eachAttr("href")).containsExactly("#peakPain");
        assertThat(missingPain.select("#peakPain-error").text()).contains("worst");

        Document noAnswer = Jsoup.parse(web.post("/diary/" + today).body());
        assertThat(noAnswer.select(".error-summary a").eachAttr("href")).containsExactly("#headache");
        assertThat(jdbc.sql("select count(*) from diary_entry where patient_id = :p")
                        .param("p", patient)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void shouldExplainALockedOrFutureDayInsteadOfAnError() {
        Document locked = page("/diary/" + today.minusDays(8));
        assertThat(locked.select("h1").text()).isEqualTo("That day is locked");
        Document future = page("/diary/" + today.plusDays(1));
        assertThat(future.select("h1").text()).isEqualTo("That day has not come yet");
        HttpResponse<String> bad = web.get("/diary/2026-13-45");
        assertThat(bad.statusCode()).isBetween(400, 404);
        assertThat(bad.body()).doesNotContain("Exception");
    }

    @Test
    void shouldSaveTheReminderTimeAndZone() {
        page("/diary");
        HttpResponse<String> saved = web.post("/diary/settings", "timeZone", "America/Chicago", "reminder", "20:30");
        assertThat(saved.statusCode()).isEqualTo(302);
        var settings = reminders.settings(patient);
        assertThat(settings.zone().getId()).isEqualTo("America/Chicago");
        assertThat(settings.reminderTime()).hasToString("20:30");
        Document bad = Jsoup.parse(web.post("/diary/settings", "timeZone", "Mars/Olympus", "reminder", "")
                .body());
        assertThat(bad.select("#timeZone-error").text()).isNotBlank();
    }

    @Test
    void shouldShowOutcomesWaitingForTheFirstSession() {
        Document outcomes = page("/outcomes");
        assertThat(outcomes.select("h1").text()).isEqualTo("Your outcomes");
        assertThat(outcomes.text()).contains("first treatment session");
        assertThat(outcomes.select("a[href=https://doi.org/10.1177/0333102418758283]"))
                .isNotEmpty();
    }

    @Test
    void shouldMailADueReminderWithoutHealthDetailsOnlyWhenTheDayIsNotEntered() {
        reminders.save(patient, ZoneId.of("America/New_York"), java.time.LocalTime.of(20, 0));
        jdbc.sql("update diary_settings set next_reminder_at = now() - interval '1 minute' where patient_id = :p")
                .param("p", patient)
                .update();
        assertThat(reminders.sendDue()).isGreaterThanOrEqualTo(1);
        var mails = jdbc.sql("select subject, body from outbox_email where deduplication_key like :k")
                .param("k", "diary-reminder:" + patient + ":%")
                .query((rs, n) -> rs.getString(1) + "\n" + rs.getString(2))
                .list();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0))
                .contains("diary")
                .doesNotContainIgnoringCase("migraine")
                .doesNotContainIgnoringCase("pain");
        assertThat(jdbc.sql("select next_reminder_at > now() from diary_settings where patient_id = :p")
                        .param("p", patient)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        web.get("/diary");
        web.post("/diary/" + LocalDate.now(ZoneId.of("America/New_York")) + "/headache-free");
        jdbc.sql("update diary_settings set next_reminder_at = now() - interval '1 minute' where patient_id = :p")
                .param("p", patient)
                .update();
        jdbc.sql("delete from outbox_email where deduplication_key like :k")
                .param("k", "diary-reminder:" + patient + ":%")
                .update();
        reminders.sendDue();
        assertThat(jdbc.sql("select count(*) from outbox_email where deduplication_key like :k")
                        .param("k", "diary-reminder:" + patient + ":%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
