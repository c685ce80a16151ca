package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
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
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    StaffAccounts accounts;

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
}
