package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.identity.ConsentApi;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.domain.AppointmentQueries;
import org.ketapath.scheduling.domain.AppointmentView;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.support.TestAssessments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The patient booking pages: slots, booking, holds bound to the session, and owner-only appointment pages. */
@SpringBootTest(
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "spring.datasource.hikari.minimum-idle=2",
            "ketapath.mail.sender.enabled=false"
        })
@AutoConfigureMockMvc
@Import(SchedulingTestConfiguration.class)
@org.springframework.test.annotation.DirtiesContext
class BookingPagesTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Autowired
    MockMvc mvc;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    MutableClock clock;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    BookingService booking;

    @Autowired
    AppointmentQueries queries;

    @Autowired
    AssessmentApi assessments;

    @Autowired
    ConsentApi consents;

    @Autowired
    JdbcClient jdbc;

    ScheduleSetup.ClinicSetup clinic;
    Instant nine;

    @BeforeEach
    void clinic() {
        clock.set(SchedulingTestConfiguration.START);
        clinic = TestClinics.standard(1);
        TestClinics.create(jdbc, setup, clinic);
        nine = DAY.atTime(9, 0).atZone(ZoneId.of("America/New_York")).toInstant();
    }

    @Test
    void anyone_sees_the_slots_as_buttons_named_by_day_and_time() throws Exception {
        String page = mvc.perform(get("/providers/" + clinic.clinicId() + "/book"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("aria-label=\"Book Wednesday 2 December, 09:00\"")
                .contains("<legend");
        mvc.perform(get("/providers/" + UUID.randomUUID() + "/book")).andExpect(status().isNotFound());
    }

    @Test
    void a_verified_patient_books_and_only_they_see_the_appointment_and_its_calendar_file() throws Exception {
        String patient = TestPatients.create(accounts).toString();
        String location = mvc.perform(post("/providers/" + clinic.clinicId() + "/book")
                        .param("start", nine.toString())
                        .param("key", "k1")
                        .with(user(patient))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/appointments/");
        assertThat(mvc.perform(get(location).with(user(patient)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Your consultation is booked")
                .contains("Wednesday 2 December 2026, 09:00")
                .contains(location + "/calendar.ics");
        assertThat(mvc.perform(get(location + "/calendar.ics").with(user(patient)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("BEGIN:VEVENT");
        assertThat(mvc.perform(get("/appointments").with(user(patient)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(location);

        String other = TestPatients.create(accounts).toString();
        mvc.perform(get(location).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get(location + "/calendar.ics").with(user(other))).andExpect(status().isNotFound());
    }

    @Test
    void holding_a_far_off_time_is_a_400_not_a_failure() throws Exception {
        for (String start : new String[] {"+999999999-12-31T09:00:00Z", "-999999999-01-01T00:00:00Z"}) {
            mvc.perform(post("/providers/" + clinic.clinicId() + "/book")
                            .param("start", start)
                            .with(csrf()))
                    .andExpect(status().isBadRequest());
        }
    }

    @Test
    void a_visitor_holds_a_slot_that_only_their_session_can_confirm() throws Exception {
        var response = mvc.perform(post("/providers/" + clinic.clinicId() + "/book")
                        .param("start", nine.toString())
                        .param("key", "k2")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        String location = response.getRedirectedUrl();
        Cookie session = response.getCookie("KETAPATH_SESSION");
        assertThat(session).isNotNull();
        assertThat(location).matches("/register\\?next=/appointments/hold/[0-9a-f-]{36}/confirm");
        String confirm = location.substring(location.indexOf("next=") + 5);

        String patient = TestPatients.create(accounts).toString();
        mvc.perform(get(confirm).with(user(patient))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get(confirm).cookie(session).with(user(patient)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Confirm your consultation");
        String booked = mvc.perform(post(confirm)
                        .param("key", "k3")
                        .cookie(session)
                        .with(user(patient))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(booked).startsWith("/appointments/");
        mvc.perform(get(booked).with(user(patient))).andExpect(status().isOk());
    }

    @Test
    void a_time_taken_between_listing_and_holding_shows_the_days_other_times_not_an_error() throws Exception {
        String first = TestPatients.create(accounts).toString();
        mvc.perform(post("/providers/" + clinic.clinicId() + "/book")
                        .param("start", nine.toString())
                        .with(user(first))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        // A visitor who listed the times before the booking tries to hold 09:00.
        String visitor = mvc.perform(post("/providers/" + clinic.clinicId() + "/book")
                        .param("start", nine.toString())
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(visitor)
                .contains("That time was just taken — please pick another")
                .contains("Wednesday 2 December 2026, 09:00")
                .contains("aria-label=\"Book Wednesday 2 December, 09:30\"")
                .doesNotContain("aria-label=\"Book Wednesday 2 December, 09:00\"")
                .doesNotContain("aria-label=\"Book Thursday 3 December")
                .doesNotContain("Something went wrong");

        // A verified patient booking it directly gets the same page.
        String second = TestPatients.create(accounts).toString();
        assertThat(mvc.perform(post("/providers/" + clinic.clinicId() + "/book")
                                .param("start", nine.toString())
                                .with(user(second))
                                .with(csrf()))
                        .andExpect(status().isConflict())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("That time was just taken — please pick another")
                .contains("aria-label=\"Book Wednesday 2 December, 09:30\"");
    }

    @Test
    void a_hold_that_ran_out_and_was_taken_meanwhile_says_so_with_the_days_other_times() throws Exception {
        var held = holdAsVisitor(nine, null);
        String patient = TestPatients.create(accounts).toString();
        clock.advance(Duration.ofMinutes(11));
        String other = TestPatients.create(accounts).toString();
        mvc.perform(post("/providers/" + clinic.clinicId() + "/book")
                        .param("start", nine.toString())
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get(held.confirm()).cookie(held.session()).with(user(patient)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Your held time has run out — please pick another")
                .contains("aria-label=\"Book Wednesday 2 December, 09:30\"");
        assertThat(mvc.perform(post(held.confirm())
                                .cookie(held.session())
                                .with(user(patient))
                                .with(csrf()))
                        .andExpect(status().isConflict())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Your held time has run out — please pick another")
                .contains("aria-label=\"Book Wednesday 2 December, 09:30\"");
        assertThat(queries.ofPatient(UUID.fromString(patient))).isEmpty();
    }

    @Test
    void a_hold_that_ran_out_while_its_time_stayed_free_can_still_be_confirmed() throws Exception {
        var held = holdAsVisitor(nine, null);
        String patient = TestPatients.create(accounts).toString();
        clock.advance(Duration.ofMinutes(11));
        assertThat(mvc.perform(get(held.confirm()).cookie(held.session()).with(user(patient)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Confirm your consultation")
                .contains("still free");
        mvc.perform(post(held.confirm())
                        .cookie(held.session())
                        .with(user(patient))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.ofPatient(UUID.fromString(patient))).hasSize(1);
    }

    @Test
    void consultation_times_show_the_patients_zone_too_and_infusions_only_the_clinics() throws Exception {
        String patient = TestPatients.create(accounts).toString();
        var listed = mvc.perform(
                        get("/providers/" + clinic.clinicId() + "/book").param("tz", "America/Los_Angeles"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        Cookie session = listed.getCookie("KETAPATH_SESSION");
        assertThat(session).isNotNull();
        String slots = listed.getContentAsString();
        assertThat(slots)
                .contains("America/New_York")
                .contains("America/Los_Angeles")
                .contains("aria-label=\"Book Wednesday 2 December, 09:00 (06:00 your time)\"")
                .contains("<option value=\"America/Los_Angeles\" selected=\"selected\">");

        String consult = mvc.perform(post("/providers/" + clinic.clinicId() + "/book")
                        .param("start", nine.toString())
                        .cookie(session)
                        .with(user(patient))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page(consult, patient, session))
                .contains("Wednesday 2 December 2026, 09:00")
                .contains("America/New_York")
                .contains("Wednesday 2 December 2026, 06:00")
                .contains("America/Los_Angeles");

        Instant tenThird = LocalDate.of(2026, 12, 3)
                .atTime(10, 0)
                .atZone(ZoneId.of("America/New_York"))
                .toInstant();
        AppointmentView infusion = booking.book(
                        UUID.fromString(patient),
                        new BookingService.BookingRequest(
                                clinic.clinicId(), ServiceType.IV_INFUSION, tenThird, null, null),
                        "infusion-1",
                        "h-infusion-1")
                .appointment();
        assertThat(page("/appointments/" + infusion.id(), patient, session))
                .contains("Thursday 3 December 2026, 10:00")
                .contains("America/New_York")
                .doesNotContain("America/Los_Angeles")
                .doesNotContain("your time");

        String mine = page("/appointments", patient, session);
        String consultItem = item(mine, consult);
        String infusionItem = item(mine, "/appointments/" + infusion.id());
        assertThat(consultItem).contains("09:00").contains("06:00 your time").contains("America/Los_Angeles");
        assertThat(infusionItem).contains("10:00").contains("America/New_York").doesNotContain("your time");

        // The same clinic and patient zone: one time only.
        assertThat(mvc.perform(get("/providers/" + clinic.clinicId() + "/book").param("tz", "America/New_York"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("aria-label=\"Book Wednesday 2 December, 09:30\"")
                .doesNotContain("your time");
    }

    @Test
    void a_time_zone_that_is_not_one_is_ignored_with_a_note_never_an_error() throws Exception {
        for (String bad :
                new String[] {"Mars/Olympus_Mons", "../../etc/passwd", "America/New_York\r\nX: y", "x".repeat(300)}) {
            assertThat(mvc.perform(get("/providers/" + clinic.clinicId() + "/book")
                                    .param("tz", bad))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .as(bad)
                    .contains("We did not recognise that time zone")
                    .contains("aria-label=\"Book Wednesday 2 December, 09:00\"")
                    .doesNotContain("your time");
        }
        String patient = TestPatients.create(accounts).toString();
        mvc.perform(post("/providers/" + clinic.clinicId() + "/book")
                        .param("start", nine.toString())
                        .param("tz", "Not/A_Zone")
                        .with(user(patient))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/appointments").param("tz", "%%").with(user(patient))).andExpect(status().isOk());
    }

    @Test
    void a_booking_from_the_pages_shares_the_bookers_own_assessment_with_the_clinic_and_audits_it() throws Exception {
        String patient = TestPatients.create(accounts).toString();
        String result = assessment();
        assertThat(assessments.attachToAccount(result, UUID.fromString(patient)))
                .isTrue();

        assertThat(page("/providers/" + clinic.clinicId() + "/book?assessment=" + result, patient, null))
                .contains("Your assessment result will be shared with")
                .contains("name=\"assessment\" value=\"" + result + "\"");
        String location = mvc.perform(post("/providers/" + clinic.clinicId() + "/book")
                        .param("start", nine.toString())
                        .param("assessment", result)
                        .with(user(patient))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        AppointmentView booked = queries.find(UUID.fromString(location.substring("/appointments/".length())))
                .orElseThrow();
        assertThat(booked.assessmentId()).isNotNull();
        assertThat(booked.assessmentId().toString()).doesNotContain(result);
        assertThat(consents.sharesWith(UUID.fromString(patient), clinic.clinicId()))
                .isTrue();
        assertThat(shareAudits(patient)).isEqualTo(1);
    }

    @Test
    void someone_elses_or_an_unknown_assessment_is_not_shared_and_the_answer_does_not_tell_which() throws Exception {
        String owner = TestPatients.create(accounts).toString();
        String foreign = assessment();
        assertThat(assessments.attachToAccount(foreign, UUID.fromString(owner))).isTrue();
        String unknown = "AAAAAAAAAAAAAAAAAAAAAA";

        String[] answers = new String[2];
        String[] patients = new String[2];
        String[] carried = {foreign, unknown};
        for (int i = 0; i < 2; i++) {
            patients[i] = TestPatients.create(accounts).toString();
            Instant start = nine.plus(Duration.ofMinutes(30L * i));
            var response = mvc.perform(post("/providers/" + clinic.clinicId() + "/book")
                            .param("start", start.toString())
                            .param("assessment", carried[i])
                            .with(user(patients[i]))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse();
            answers[i] = response.getRedirectedUrl().replaceAll("[0-9a-f-]{36}", "ID");
            AppointmentView a = queries.ofPatient(UUID.fromString(patients[i])).get(0);
            assertThat(a.assessmentId()).as(carried[i]).isNull();
            assertThat(consents.sharesWith(UUID.fromString(patients[i]), clinic.clinicId()))
                    .isFalse();
            assertThat(shareAudits(patients[i])).isZero();
        }
        assertThat(answers[0]).isEqualTo(answers[1]);
        assertThat(assessments.isOwnedBy(foreign, UUID.fromString(owner))).isTrue();
    }

    @Test
    void a_visitor_carries_the_assessment_through_the_hold_and_shares_it_only_when_ticked() throws Exception {
        String result = assessment();
        var held = holdAsVisitor(nine, result);
        assertThat(held.location()).endsWith("&assessment=" + result);
        String patient = TestPatients.create(accounts).toString();
        assertThat(mvc.perform(get(held.confirm()).cookie(held.session()).with(user(patient)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Share my assessment result with")
                .contains("name=\"share\" value=\"yes\">")
                .doesNotContain("value=\"yes\" checked");
        mvc.perform(post(held.confirm())
                        .param("share", "yes")
                        .cookie(held.session())
                        .with(user(patient))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.ofPatient(UUID.fromString(patient)).get(0).assessmentId())
                .isNotNull();
        assertThat(assessments.isOwnedBy(result, UUID.fromString(patient))).isTrue();
        assertThat(shareAudits(patient)).isEqualTo(1);

        // Unticked: booked, not shared.
        var second = holdAsVisitor(nine.plus(Duration.ofMinutes(30)), assessment());
        String other = TestPatients.create(accounts).toString();
        mvc.perform(post(second.confirm())
                        .cookie(second.session())
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.ofPatient(UUID.fromString(other)).get(0).assessmentId())
                .isNull();
        assertThat(consents.sharesWith(UUID.fromString(other), clinic.clinicId()))
                .isFalse();
    }

    private record Held(String location, String confirm, Cookie session) {}

    private Held holdAsVisitor(Instant start, String assessment) throws Exception {
        var request = post("/providers/" + clinic.clinicId() + "/book")
                .param("start", start.toString())
                .with(csrf());
        if (assessment != null) {
            request.param("assessment", assessment);
        }
        var response = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        String location = response.getRedirectedUrl();
        Matcher m = Pattern.compile("next=(/appointments/hold/[0-9a-f-]{36}/confirm)")
                .matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return new Held(location, m.group(1), response.getCookie("KETAPATH_SESSION"));
    }

    private String page(String path, String patient, Cookie session) throws Exception {
        var request = get(path).with(user(patient));
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String item(String page, String href) {
        return Arrays.stream(page.split("<li"))
                .filter(li -> li.contains("href=\"" + href + "\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no list item links to " + href));
    }

    private long shareAudits(String patient) {
        return jdbc.sql("""
                        select count(*) from audit_event where action = 'SHARE' and resource_type = 'Assessment'
                        and patient_id = :p and clinic_id = :c
                        """)
                .param("p", UUID.fromString(patient))
                .param("c", clinic.clinicId())
                .query(Long.class)
                .single();
    }

    /** A new anonymous assessment result; returns its id. */
    private String assessment() throws Exception {
        String body = mvc.perform(post("/api/v1/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestAssessments.DEPRESSION))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return TestAssessments.idIn(body);
    }
}
