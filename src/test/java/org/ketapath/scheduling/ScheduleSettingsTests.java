package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The schedule settings screen: who may see and change it (clinic admins of that clinic; its clinicians read
 * only; nobody else, not even another clinic's admin), field errors instead of failures, audit, DST-correct
 * closures, and changes that bookable times follow at once.
 */
@SpringBootTest(
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "spring.datasource.hikari.minimum-idle=2",
            "ketapath.mail.sender.enabled=false"
        })
@AutoConfigureMockMvc
@Import(SchedulingTestConfiguration.class)
@org.springframework.test.annotation.DirtiesContext
class ScheduleSettingsTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.of(2026, 12, 15);

    @Autowired
    MockMvc mvc;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    BookingService booking;

    @Autowired
    MutableClock clock;

    ScheduleSetup.ClinicSetup clinic;
    String settings;

    @BeforeEach
    void aClinic() {
        clock.set(SchedulingTestConfiguration.START);
        clinic = TestClinics.standard(1);
        TestClinics.create(jdbc, setup, clinic);
        settings = "/clinic/" + clinic.clinicId() + "/settings";
    }

    RequestPostProcessor as(Role role, UUID clinicId) {
        UUID id = accounts.create(
                role.name().toLowerCase() + "-" + UUID.randomUUID() + "@staff.test",
                "a-long-test-passphrase",
                role,
                List.of(clinicId));
        return user(id.toString());
    }

    RequestPostProcessor admin() {
        return as(Role.CLINIC_ADMIN, clinic.clinicId());
    }

    String page(RequestPostProcessor who) throws Exception {
        return mvc.perform(get(settings).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    MockHttpServletRequestBuilder rules(String notice, String horizon, String cancel, String nurse) {
        return post(settings + "/rules")
                .param("minNotice", notice)
                .param("horizon", horizon)
                .param("freeCancel", cancel)
                .param("nurseMaxChairs", nurse)
                .with(csrf());
    }

    String slots(String service, LocalDate from, LocalDate to) throws Exception {
        return mvc.perform(get("/api/v1/providers/" + clinic.clinicId() + "/availability?service=" + service + "&from="
                        + from + "&to=" + to))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    int setting(String column) {
        return jdbc.sql("select " + column + " from schedule_settings where clinic_id = :c")
                .param("c", clinic.clinicId())
                .query(Integer.class)
                .single();
    }

    @Test
    void a_clinic_admin_sees_labelled_forms_linked_from_the_calendar() throws Exception {
        String page = page(admin());
        assertThat(page)
                .contains("<h1>Schedule settings</h1>", "Eastern Time")
                .contains("<label for=\"minNotice\">Minimum notice (minutes)</label>")
                .contains("id=\"minNotice\" name=\"minNotice\" type=\"number\" value=\"120\"")
                .contains("<label for=\"opens1\">Monday opens</label>", "value=\"09:00\"")
                .contains("<label for=\"IV_INFUSION-main\">", "Save opening hours", "Add shift", "Add chair")
                .contains("Test Practitioner 1, MD", "1 Test Street, Philadelphia PA")
                .contains("name=\"_csrf\"");
        String calendar = mvc.perform(get("/clinic/" + clinic.clinicId() + "/calendar?date=" + DAY)
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(calendar).contains("href=\"" + settings + "\">Schedule settings</a>");
    }

    @Test
    void clinicians_of_the_clinic_see_the_settings_read_only_and_may_not_change_them() throws Exception {
        RequestPostProcessor clinician = as(Role.CLINICIAN, clinic.clinicId());
        String page = page(clinician);
        assertThat(page)
                .contains("Only clinic admins can change these settings")
                .contains("<fieldset disabled=\"disabled\">")
                .doesNotContain("Save booking rules", "Add shift", "Add chair");
        mvc.perform(rules("0", "30", "24", "2").with(clinician)).andExpect(status().isForbidden());
        assertThat(setting("min_notice_minutes")).isEqualTo(120);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where resource_type = 'ScheduleSettings' and clinic_id = :c
                            and outcome = 'DENIED'
                        """).param("c", clinic.clinicId()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void an_admin_of_another_clinic_can_neither_read_nor_change_this_one() throws Exception {
        ScheduleSetup.ClinicSetup other = TestClinics.standard(1);
        TestClinics.create(jdbc, setup, other);
        RequestPostProcessor otherAdmin = as(Role.CLINIC_ADMIN, other.clinicId());
        mvc.perform(get(settings).with(otherAdmin)).andExpect(status().isNotFound());
        mvc.perform(rules("0", "30", "24", "2").with(otherAdmin)).andExpect(status().isNotFound());
        mvc.perform(post(settings + "/exceptions")
                        .param("exceptionKind", "CLOSED")
                        .param("exceptionStart", DAY + "T00:00")
                        .param("exceptionEnd", DAY.plusDays(1) + "T00:00")
                        .with(csrf())
                        .with(otherAdmin))
                .andExpect(status().isNotFound());
        assertThat(setting("min_notice_minutes")).isEqualTo(120);
        assertThat(jdbc.sql("select count(*) from schedule_exception where clinic_id = :c")
                        .param("c", clinic.clinicId())
                        .query(Long.class)
                        .single())
                .isZero();
        // A patient, and a visitor who is not signed in, get what they get on the calendar.
        mvc.perform(get(settings).with(user(TestPatients.create(accounts).toString())))
                .andExpect(status().isNotFound());
        mvc.perform(get(settings)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        // Forms without the CSRF token are refused.
        mvc.perform(post(settings + "/rules").param("minNotice", "0").with(admin()))
                .andExpect(status().isForbidden());
    }

    @Test
    void booking_rules_are_saved_and_audited() throws Exception {
        mvc.perform(rules("30", "90", "48", "3").with(admin()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "Booking rules saved."));
        assertThat(setting("min_notice_minutes")).isEqualTo(30);
        assertThat(setting("horizon_days")).isEqualTo(90);
        assertThat(setting("free_cancel_hours")).isEqualTo(48);
        assertThat(setting("nurse_max_chairs")).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select resource_id from audit_event where resource_type = 'ScheduleSettings'
                            and clinic_id = :c and outcome = 'SUCCESS' and action = 'UPDATE'
                        """)
                        .param("c", clinic.clinicId())
                        .query(String.class)
                        .list())
                .containsExactly(clinic.clinicId() + ":rules");
        // A shorter horizon takes bookable days away at once.
        assertThat(slots("FREE_CONSULT", LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10)))
                .doesNotContain("\"start\"");
    }

    @Test
    void values_out_of_the_database_bounds_are_field_errors_never_failures() throws Exception {
        String page = mvc.perform(post(settings + "/services/IV_INFUSION")
                        .param("IV_INFUSION-pre", "10")
                        .param("IV_INFUSION-main", "300")
                        .param("IV_INFUSION-post", "30")
                        .param("IV_INFUSION-bufferBefore", "0")
                        .param("IV_INFUSION-bufferAfter", "15")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"IV_INFUSION-main-error\"", "The main phase must be from 5 to 180 minutes.")
                .containsPattern(
                        "id=\"IV_INFUSION-main\"[^>]*aria-invalid=\"true\"\\s+aria-describedby=\"IV_INFUSION-main-error\"")
                .contains("href=\"#IV_INFUSION-main\"")
                .contains("value=\"300\"");
        // Within the general bounds but not for an infusion (the table's per-service check).
        String second = mvc.perform(post(settings + "/services/IV_INFUSION")
                        .param("IV_INFUSION-pre", "0")
                        .param("IV_INFUSION-main", "45")
                        .param("IV_INFUSION-post", "30")
                        .param("IV_INFUSION-bufferBefore", "0")
                        .param("IV_INFUSION-bufferAfter", "15")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).contains("The pre-check before an infusion must be from 5 to 60 minutes.");
        mvc.perform(rules("-1", "x", "721", "13").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Minimum notice must be from 0 to 10080 minutes.")
                        .contains("id=\"horizon-error\"", "Enter a whole number.")
                        .contains("Free cancellation must be from 0 to 720 hours.")
                        .contains("Chairs per nurse must be from 1 to 12 chairs."));
        assertThat(jdbc.sql("select main_minutes from clinic_service where clinic_id = :c and service = 'IV_INFUSION'")
                        .param("c", clinic.clinicId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(45);
        // A valid change is saved and bookable at once (consultations were 30 minutes).
        assertThat(slots("FREE_CONSULT", DAY, DAY))
                .contains("{\"start\":\"" + DAY + "T09:00:00-05:00\",\"end\":\"" + DAY + "T09:30:00-05:00\"");
        mvc.perform(post(settings + "/services/FREE_CONSULT")
                        .param("FREE_CONSULT-pre", "0")
                        .param("FREE_CONSULT-main", "20")
                        .param("FREE_CONSULT-post", "0")
                        .param("FREE_CONSULT-bufferBefore", "0")
                        .param("FREE_CONSULT-bufferAfter", "10")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().is3xxRedirection());
        assertThat(slots("FREE_CONSULT", DAY, DAY))
                .contains("{\"start\":\"" + DAY + "T09:00:00-05:00\",\"end\":\"" + DAY + "T09:20:00-05:00\"");
    }

    @Test
    void closing_a_day_takes_its_slots_away_at_once_and_is_stored_daylight_saving_correct() throws Exception {
        LocalDate springForward = LocalDate.of(2027, 3, 14);
        assertThat(slots("FREE_CONSULT", springForward, springForward.plusDays(1)))
                .contains(springForward + "T09:00:00-04:00", springForward.plusDays(1) + "T09:00:00-04:00");
        mvc.perform(post(settings + "/exceptions")
                        .param("exceptionKind", "CLOSED")
                        .param("exceptionStart", springForward + "T00:00")
                        .param("exceptionEnd", springForward.plusDays(1) + "T00:00")
                        .param("exceptionNote", "Training day")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "Closure added."));
        String after = slots("FREE_CONSULT", springForward, springForward.plusDays(1));
        assertThat(after).doesNotContain(springForward + "T").contains(springForward.plusDays(1) + "T09:00:00-04:00");
        // 2027-03-14 in New York has 23 hours: 05:00 UTC (EST) to 04:00 UTC the next day (EDT).
        List<Instant> period = jdbc.sql("""
                        select lower(period), upper(period) from schedule_exception where clinic_id = :c
                        """)
                .param("c", clinic.clinicId())
                .query((rs, n) -> List.of(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, OffsetDateTime.class).toInstant()))
                .single();
        assertThat(period)
                .containsExactly(Instant.parse("2027-03-14T05:00:00Z"), Instant.parse("2027-03-15T04:00:00Z"));
        assertThat(page(admin()))
                .contains("Sun, Mar 14, 2027, 12:00 AM", "Mon, Mar 15, 2027, 12:00 AM", "Training day");
    }

    @Test
    void a_closure_at_a_far_off_date_is_an_error_beside_the_field_not_a_failure() throws Exception {
        mvc.perform(post(settings + "/exceptions")
                        .param("exceptionKind", "CLOSED")
                        .param("exceptionStart", "+999999999-12-31T00:00")
                        .param("exceptionEnd", "+999999999-12-31T23:00")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"exceptionStart-error\"", "Enter a date between 2000 and 2200."));
        assertThat(jdbc.sql("select count(*) from schedule_exception where clinic_id = :c")
                        .param("c", clinic.clinicId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void extra_hours_open_bookable_times_outside_the_weekly_hours_and_can_be_removed() throws Exception {
        assertThat(slots("FREE_CONSULT", DAY, DAY)).doesNotContain(DAY + "T18:00:00-05:00");
        mvc.perform(post(settings + "/exceptions")
                        .param("exceptionKind", "EXTRA_HOURS")
                        .param("exceptionStart", DAY + "T18:00")
                        .param("exceptionEnd", DAY + "T20:00")
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("message", "Extra hours added."));
        assertThat(slots("FREE_CONSULT", DAY, DAY))
                .contains(DAY + "T18:00:00-05:00", DAY + "T19:30:00-05:00")
                .doesNotContain("\"start\":\"" + DAY + "T19:45:00-05:00");
        UUID id = jdbc.sql("select id from schedule_exception where clinic_id = :c")
                .param("c", clinic.clinicId())
                .query(UUID.class)
                .single();
        // The end before the start is a field error, not a failure.
        mvc.perform(post(settings + "/exceptions")
                        .param("exceptionKind", "EXTRA_HOURS")
                        .param("exceptionStart", DAY + "T20:00")
                        .param("exceptionEnd", DAY + "T18:00")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"exceptionEnd-error\"", "The end must be after the start."));
        mvc.perform(post(settings + "/exceptions/" + id + "/remove")
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("message", "Removed."));
        assertThat(slots("FREE_CONSULT", DAY, DAY)).doesNotContain(DAY + "T18:00:00-05:00");
    }

    @Test
    void a_closure_over_booked_visits_is_allowed_but_lists_them_and_cancels_nothing() throws Exception {
        Instant nine = DAY.atTime(9, 0).atZone(NEW_YORK).toInstant();
        UUID appointment = booking.book(
                        UUID.randomUUID(),
                        new BookingService.BookingRequest(clinic.clinicId(), ServiceType.IV_INFUSION, nine, null, null),
                        "k",
                        "h")
                .appointment()
                .id();
        mvc.perform(post(settings + "/exceptions")
                        .param("exceptionKind", "CLOSED")
                        .param("exceptionStart", DAY + "T00:00")
                        .param("exceptionEnd", DAY.plusDays(1) + "T00:00")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "affected",
                                List.of("Tue, Dec 15, 2026, 9:00 AM: IV infusion (booked); see the calendar for the"
                                        + " patient")));
        assertThat(jdbc.sql("select status from appointment where id = :id")
                        .param("id", appointment)
                        .query(String.class)
                        .single())
                .isEqualTo("BOOKED");
        // Listing the visit is a read of the patient's appointment, in the patient's access report.
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'READ' and resource_type = 'Appointment'
                            and resource_id = :id and clinic_id = :c and patient_id is not null
                        """)
                        .param("id", appointment.toString())
                        .param("c", clinic.clinicId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void weekly_hours_shifts_and_chairs_can_be_changed() throws Exception {
        // Tuesdays closed, other days 10:00-16:00.
        MockHttpServletRequestBuilder hours = post(settings + "/hours").with(csrf());
        for (int d = 1; d <= 7; d++) {
            hours.param("opens" + d, d == 2 ? "" : "10:00").param("closes" + d, d == 2 ? "" : "16:00");
        }
        mvc.perform(hours.with(admin())).andExpect(status().is3xxRedirection());
        assertThat(slots("FREE_CONSULT", DAY, DAY)).doesNotContain("\"start\"");
        assertThat(slots("FREE_CONSULT", DAY.plusDays(1), DAY.plusDays(1)))
                .contains(DAY.plusDays(1) + "T10:00:00-05:00")
                .doesNotContain(DAY.plusDays(1) + "T09:00:00-05:00");
        mvc.perform(post(settings + "/hours")
                        .param("opens1", "17:00")
                        .param("closes1", "09:00")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"closes1-error\"", "Closing time must be after opening time."));

        // A practitioner of another clinic cannot be given a shift here.
        ScheduleSetup.ClinicSetup other = TestClinics.standard(1);
        TestClinics.create(jdbc, setup, other);
        mvc.perform(post(settings + "/shifts")
                        .param("shiftPractitioner", other.practitioners().get(0).toString())
                        .param("shiftDay", "2")
                        .param("shiftStarts", "10:00")
                        .param("shiftEnds", "12:00")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Choose one of the clinic&#39;s practitioners."));
        UUID own = clinic.practitioners().get(0);
        mvc.perform(post(settings + "/shifts/remove")
                        .param("practitioner", own.toString())
                        .param("day", "3")
                        .param("starts", "09:00")
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("message", "Shift removed."));
        assertThat(slots("FREE_CONSULT", DAY.plusDays(1), DAY.plusDays(1))).doesNotContain("\"start\"");
        mvc.perform(post(settings + "/shifts")
                        .param("shiftPractitioner", own.toString())
                        .param("shiftDay", "3")
                        .param("shiftStarts", "13:00")
                        .param("shiftEnds", "15:00")
                        .param("shiftMonitors", "on")
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("message", "Shift added."));
        assertThat(slots("FREE_CONSULT", DAY.plusDays(1), DAY.plusDays(1)))
                .contains(DAY.plusDays(1) + "T13:00:00-05:00")
                .doesNotContain(DAY.plusDays(1) + "T10:00:00-05:00");

        UUID location = clinic.locationId();
        mvc.perform(post(settings + "/chairs")
                        .param("newChairLabel", "Window chair")
                        .param("newChairLocation", location.toString())
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("message", "Chair added."));
        mvc.perform(post(settings + "/chairs")
                        .param("newChairLabel", "Window chair")
                        .param("newChairLocation", location.toString())
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select label from chair where clinic_id = :c order by label")
                        .param("c", clinic.clinicId())
                        .query(String.class)
                        .list())
                .containsExactly("Chair 1", "Chair 2", "Window chair");
    }

    @Test
    void a_renamed_chair_is_shown_by_its_label_on_the_calendar() throws Exception {
        UUID chair = jdbc.sql("select id from chair where clinic_id = :c and label = 'Chair 2'")
                .param("c", clinic.clinicId())
                .query(UUID.class)
                .single();
        RequestPostProcessor admin = admin();
        mvc.perform(post(settings + "/chairs/" + chair)
                        .param("chairLabel-" + chair, "Window chair")
                        .with(csrf())
                        .with(admin))
                .andExpect(flash().attribute("message", "Chair renamed."));
        mvc.perform(post(settings + "/chairs/" + chair)
                        .param("chairLabel-" + chair, "  ")
                        .with(csrf())
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains(
                                "id=\"chairLabel-" + chair + "-error\"",
                                "A chair&#39;s label has 1 to 40 characters."));
        String calendar = mvc.perform(get("/clinic/" + clinic.clinicId() + "/calendar?date=" + DAY)
                        .with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(calendar).contains("<th scope=\"col\">Chair 1</th>", "<th scope=\"col\">Window chair</th>");
    }

    @Test
    void a_chair_with_booked_visits_is_not_removed() throws Exception {
        Instant nine = DAY.atTime(9, 0).atZone(NEW_YORK).toInstant();
        UUID chair = booking.book(
                        UUID.randomUUID(),
                        new BookingService.BookingRequest(clinic.clinicId(), ServiceType.IV_INFUSION, nine, null, null),
                        "k",
                        "h")
                .appointment()
                .chairId();
        mvc.perform(post(settings + "/chairs/" + chair + "/remove").with(csrf()).with(admin()))
                .andExpect(flash().attribute(
                                "message",
                                "This chair was not removed: visits are booked in it. Move or cancel them first."));
        assertThat(jdbc.sql("select count(*) from chair where id = :id")
                        .param("id", chair)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_schedule_refers_to_the_directory_rows_it_names() {
        ScheduleSetup.ClinicSetup unlisted = TestClinics.standard(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> setup.create(unlisted))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("schedule_settings_clinic_fk");
        ScheduleSetup.ClinicSetup other = TestClinics.standard(1);
        TestClinics.create(jdbc, setup, other);
        // A shift of another clinic's practitioner breaks the (practitioner, clinic) key.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                                insert into practitioner_shift (clinic_id, practitioner_id, weekday, starts_at, ends_at)
                                values (:c, :p, 1, '09:00', '10:00')
                                """)
                        .param("c", clinic.clinicId())
                        .param("p", other.practitioners().get(0))
                        .update())
                .hasMessageContaining("practitioner_shift_practitioner_fk");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                                "insert into chair (id, clinic_id, location_id, label) values (:id, :c, :l, 'X')")
                        .param("id", UUID.randomUUID())
                        .param("c", clinic.clinicId())
                        .param("l", UUID.randomUUID())
                        .update())
                .hasMessageContaining("chair_location_fk");
    }
}
