package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.CalendarFeeds;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff calendar page, visit actions, the AppointmentCompleted event, calendar files and feeds (ical4j). */
@SpringBootTest(
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "spring.datasource.hikari.minimum-idle=2",
            "ketapath.mail.sender.enabled=false"
        })
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(SchedulingTestConfiguration.class)
@org.springframework.test.annotation.DirtiesContext
class StaffCalendarTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 15);

    @Autowired
    MockMvc mvc;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    BookingService booking;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    ScheduleSetup.ClinicSetup clinic;
    UUID patient;
    UUID appointment;

    @BeforeEach
    void bookAnInfusion() {
        clock.set(SchedulingTestConfiguration.START);
        clinic = TestClinics.standard(1);
        TestClinics.create(jdbc, setup, clinic);
        patient = UUID.randomUUID();
        Instant nine = DAY.atTime(9, 0).atZone(ZoneId.of("America/New_York")).toInstant();
        appointment = booking.book(
                        patient,
                        new BookingService.BookingRequest(clinic.clinicId(), ServiceType.IV_INFUSION, nine, null, null),
                        "k",
                        "h")
                .appointment()
                .id();
    }

    @Autowired
    StaffAccounts staffAccounts;

    @Autowired
    org.ketapath.identity.ConsentApi consents;

    @Autowired
    org.ketapath.identity.domain.PatientRecords records;

    /** A real clinician account of the clinic: pages re-read the signed-in account from the database. */
    RequestPostProcessor staff() {
        return user(clinician(clinic.clinicId()).toString());
    }

    UUID clinician(UUID clinicId) {
        org.ketapath.support.DirectoryRows.clinics(jdbc, clinicId);
        return staffAccounts.create(
                "clinician-" + clinicId + "@staff.test", "a-long-test-passphrase", Role.CLINICIAN, List.of(clinicId));
    }

    @Test
    void staff_see_the_day_with_phases_chairs_and_practitioners_as_columns() throws Exception {
        String page = mvc.perform(get("/clinic/" + clinic.clinicId() + "/calendar?date=" + DAY)
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.jsoup.nodes.Document day = org.jsoup.Jsoup.parse(page);
        assertThat(day.select(".phases li").eachText())
                .containsExactly(
                        "Pre-check 9:00 AM to 9:10 AM",
                        "Infusion 9:10 AM to 9:55 AM",
                        "Monitoring 9:55 AM to 10:25 AM");
        assertThat(day.select(".day-grid thead th").eachText())
                .contains("Chair 1", "Chair 2", "Test Practitioner 1, MD");
        assertThat(day.select(".day-grid td.phase-main").text()).contains("Infusion");
        assertThat(day.select(".day-grid td.phase-pre").size())
                .as("the pre-check takes the practitioner and the chair")
                .isEqualTo(2);
        assertThat(day.select(".day-grid td.phase-post").size()).isEqualTo(1);
    }

    @Test
    void only_the_actions_valid_now_are_offered_and_the_others_are_refused() throws Exception {
        java.util.function.Function<String, java.util.List<String>> offered = at -> {
            clock.set(DAY.atTime(java.time.LocalTime.parse(at))
                    .atZone(ZoneId.of("America/New_York"))
                    .toInstant());
            try {
                String page = mvc.perform(get("/clinic/" + clinic.clinicId() + "/calendar?date=" + DAY)
                                .with(staff()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                return org.jsoup.Jsoup.parse(page).select(".visit-cards button").eachText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(offered.apply("07:59"))
                .as("more than an hour before the start")
                .isEmpty();
        assertThat(offered.apply("08:00")).containsExactly("Check in");
        mvc.perform(post("/clinic/" + clinic.clinicId() + "/appointments/" + appointment + "/no-show")
                        .with(staff())
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "That visit cannot be marked that way now."));
        mvc.perform(post("/clinic/" + clinic.clinicId() + "/appointments/" + appointment + "/start")
                .with(staff())
                .with(csrf()));
        assertThat(offered.apply("09:01")).containsExactly("Check in", "No-show");
        mvc.perform(post("/clinic/" + clinic.clinicId() + "/appointments/" + appointment + "/check-in")
                .with(staff())
                .with(csrf()));
        assertThat(offered.apply("09:02")).containsExactly("Start");
        assertThat(jdbc.sql("select status from appointment where id = :id")
                        .param("id", appointment)
                        .query(String.class)
                        .single())
                .as("start before check-in and no-show before the start time were refused")
                .isEqualTo("CHECKED_IN");
    }

    @Test
    void other_people_get_not_found() throws Exception {
        mvc.perform(get("/clinic/" + clinic.clinicId() + "/calendar?date=" + DAY)
                        .with(user(clinician(UUID.randomUUID()).toString())))
                .andExpect(status().isNotFound());
        // Anonymous visitors are sent to sign in, whichever clinic id they ask for (nothing leaks).
        mvc.perform(get("/clinic/" + clinic.clinicId() + "/calendar"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/clinic/" + UUID.randomUUID() + "/calendar"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void check_in_start_and_complete_publish_appointment_completed() throws Exception {
        clock.set(DAY.atTime(8, 45).atZone(ZoneId.of("America/New_York")).toInstant());
        for (String action : new String[] {"check-in", "start", "complete"}) {
            mvc.perform(post("/clinic/" + clinic.clinicId() + "/appointments/" + appointment + "/" + action)
                            .with(staff())
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(events.stream(AppointmentCompleted.class)).singleElement().satisfies(e -> {
            assertThat(e.appointmentId()).isEqualTo(appointment);
            assertThat(e.patientId()).isEqualTo(patient);
            assertThat(e.clinicId()).isEqualTo(clinic.clinicId());
        });
    }

    @Test
    void the_patient_calendar_file_is_valid_rfc5545_with_a_vtimezone() throws Exception {
        String ics = mvc.perform(get("/api/v1/appointments/" + appointment + "/calendar.ics")
                        .with(user(patient.toString()).roles("PATIENT")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(ics)
                .contains("TZID:America/New_York", "DTSTART;TZID=America/New_York:20261215T090000")
                .contains("DTEND;TZID=America/New_York:20261215T102500")
                .doesNotContainIgnoringCase("infusion");
    }

    @Test
    void a_clinician_feed_is_valid_and_revocable() throws Exception {
        UUID practitioner = clinic.practitioners().get(0);
        String token = feeds.create(clinic.clinicId(), practitioner);
        String ics = mvc.perform(get("/calendar/feeds/" + token + ".ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(1);
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);

        feeds.revoke(clinic.clinicId(), practitioner);
        mvc.perform(get("/calendar/feeds/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feeds/not-a-token.ics")).andExpect(status().isNotFound());
    }

    @Test
    void staff_can_block_time_which_removes_it_from_availability() throws Exception {
        UUID practitioner = clinic.practitioners().get(0);
        mvc.perform(post("/clinic/" + clinic.clinicId() + "/blocks")
                        .param("resource", practitioner.toString())
                        .param("start", DAY + "T13:00")
                        .param("minutes", "60")
                        .with(staff())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "Time blocked."));
        String slots = mvc.perform(get("/api/v1/providers/" + clinic.clinicId()
                        + "/availability?service=FREE_CONSULT&from=" + DAY + "&to=" + DAY))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(slots)
                .doesNotContain("\"start\":\"" + DAY + "T13:00:00-05:00")
                .doesNotContain("\"start\":\"" + DAY + "T12:45:00-05:00")
                .contains(DAY + "T14:00:00-05:00");
    }

    @Test
    void staff_may_open_the_record_of_a_patient_who_booked_with_their_clinic_and_no_other_staff_may() {
        UUID booked = TestPatients.create(staffAccounts);
        Instant eleven = DAY.atTime(11, 0).atZone(ZoneId.of("America/New_York")).toInstant();
        booking.book(
                booked,
                new BookingService.BookingRequest(clinic.clinicId(), ServiceType.FREE_CONSULT, eleven, null, null),
                "k3",
                "h");
        UUID own = clinician(clinic.clinicId());
        UUID other = clinician(UUID.randomUUID());

        assertThat(records.forStaff(own, clinic.clinicId(), booked)).isPresent();
        assertThat(records.sharingWith(own, clinic.clinicId(), 50))
                .extracting("id")
                .contains(booked);
        assertThat(records.forStaff(other, clinic.clinicId(), booked)).isEmpty();
        assertThat(records.forStaff(own, clinic.clinicId(), TestPatients.create(staffAccounts)))
                .as("a patient who neither booked nor shared")
                .isEmpty();
    }

    @Test
    void booking_with_an_assessment_publishes_appointment_booked_with_it() {
        UUID assessment = UUID.randomUUID();
        UUID someone = TestPatients.create(staffAccounts);
        Instant ten = DAY.atTime(10, 0).atZone(ZoneId.of("America/New_York")).toInstant();
        UUID id = booking.book(
                        someone,
                        new BookingService.BookingRequest(
                                clinic.clinicId(), ServiceType.FREE_CONSULT, ten, assessment, null),
                        "k2",
                        "h")
                .appointment()
                .id();
        assertThat(events.stream(AppointmentBooked.class)
                        .filter(e -> e.appointmentId().equals(id)))
                .singleElement()
                .isEqualTo(
                        new AppointmentBooked(id, clinic.clinicId(), someone, ten, ten.plusSeconds(1800), assessment));
        // identity grants the clinic access to the assessment in the booking's transaction
        assertThat(consents.sharesWith(someone, clinic.clinicId())).isTrue();
    }

    @Test
    void the_week_view_lists_each_day_with_its_visits() throws Exception {
        String page = mvc.perform(get("/clinic/" + clinic.clinicId() + "/calendar?view=week&date=" + DAY)
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Week of <span>December 14, 2026</span>", "Tuesday, December 15", "IV infusion", "No visits.");
    }

    @Test
    void far_off_dates_on_the_calendar_are_a_friendly_400_and_blocking_them_is_refused_without_an_error()
            throws Exception {
        for (String date : new String[] {"+999999999-12-31", "-999999999-01-01", "1850-01-01"}) {
            String page = mvc.perform(get("/clinic/" + clinic.clinicId() + "/calendar?date=" + date)
                            .with(staff()))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).doesNotContain("Exception");
            mvc.perform(get("/clinic/" + clinic.clinicId() + "/calendar?view=week&date=" + date)
                            .with(staff()))
                    .andExpect(status().isBadRequest());
        }
        String chair =
                jdbc.sql("select id from chair limit 1").query(String.class).single();
        for (String[] block : new String[][] {{"+999999999-12-31T09:00", "30"}, {"2026-12-15T09:00", "2147483647"}}) {
            mvc.perform(post("/clinic/" + clinic.clinicId() + "/blocks")
                            .param("resource", chair)
                            .param("start", block[0])
                            .param("minutes", block[1])
                            .with(staff())
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("That time could not")));
        }
    }
}
