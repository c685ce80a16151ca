package org.ketapath.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.directory.domain.ClinicMembership;
import org.ketapath.directory.domain.ClinicRegistry;
import org.ketapath.directory.domain.NewClinic;
import org.ketapath.scheduling.AppointmentCompleted;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Reviews: only after a completed appointment at the clinic, once per appointment; replies; moderation. */
@SpringBootTest
@AutoConfigureMockMvc
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class ReviewTests {

    @org.springframework.beans.factory.annotation.Autowired
    org.ketapath.audit.AuditReports auditReports;

    final MockMvc mvc;
    final ClinicRegistry registry;
    final ApplicationEventPublisher events;
    final JdbcClient jdbc;

    ReviewTests(MockMvc mvc, ClinicRegistry registry, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.mvc = mvc;
        this.registry = registry;
        this.events = events;
        this.jdbc = jdbc;
    }

    ResultActions review(UUID patient, UUID clinic, UUID appointment, int rating) throws Exception {
        return mvc.perform(post("/api/v1/providers/" + clinic + "/reviews")
                .with(user(patient.toString()).roles("PATIENT"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"appointmentId\":\"" + appointment + "\",\"rating\":" + rating
                        + ",\"text\":\"Kind staff.\"}"));
    }

    UUID completed(UUID clinic, UUID patient) {
        UUID appointment = UUID.randomUUID();
        events.publishEvent(new AppointmentCompleted(appointment, clinic, patient, Instant.now()));
        return appointment;
    }

    @Test
    void a_patient_with_a_completed_appointment_reviews_once_and_the_rating_reaches_search() throws Exception {
        NewClinic clinic = Clinics.at("97201").build();
        registry.register(clinic);
        UUID patient = UUID.randomUUID();
        UUID appointment = completed(clinic.id(), patient);

        review(patient, clinic.id(), appointment, 4).andExpect(status().isCreated());
        review(patient, clinic.id(), appointment, 5).andExpect(status().isConflict());
        // writing a review is an access to the patient's health information: both attempts are in their report
        assertThat(auditReports.accessesTo(patient, 10))
                .extracting(a -> a.resourceType() + " " + a.action() + " " + a.outcome())
                .containsExactly("Review CREATE DENIED", "Review CREATE SUCCESS");
        review(patient, clinic.id(), completed(clinic.id(), patient), 2).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/providers?zip=97201&radiusMiles=5"))
                .andExpect(jsonPath("$.results[?(@.id == '" + clinic.id() + "')].rating")
                        .value(3.0))
                .andExpect(jsonPath("$.results[?(@.id == '" + clinic.id() + "')].reviewCount")
                        .value(2));
    }

    @Test
    void sorting_by_rating_puts_the_best_rated_first() throws Exception {
        NewClinic low = Clinics.at("97702").build();
        NewClinic high = Clinics.at("97703").build();
        registry.register(low);
        registry.register(high);
        UUID patient = UUID.randomUUID();
        review(patient, low.id(), completed(low.id(), patient), 2).andExpect(status().isCreated());
        review(patient, high.id(), completed(high.id(), patient), 5).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/providers?zip=97702&radiusMiles=60&sort=rating"))
                .andExpect(jsonPath("$.results[0].id").value(high.id().toString()))
                .andExpect(jsonPath("$.results[1].id").value(low.id().toString()));
    }

    @Test
    void no_review_without_a_completed_appointment_of_that_patient_at_that_clinic() throws Exception {
        NewClinic clinic = Clinics.at("97201").build();
        NewClinic other = Clinics.at("97202").build();
        registry.register(clinic);
        registry.register(other);
        UUID patient = UUID.randomUUID();
        UUID appointment = completed(clinic.id(), patient);

        review(patient, clinic.id(), UUID.randomUUID(), 5).andExpect(status().isForbidden());
        review(UUID.randomUUID(), clinic.id(), appointment, 5).andExpect(status().isForbidden());
        review(patient, other.id(), appointment, 5).andExpect(status().isForbidden());
        review(patient, clinic.id(), appointment, 6)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rating"));
        mvc.perform(post("/api/v1/providers/" + clinic.id() + "/reviews")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"appointmentId\":\"" + appointment + "\",\"rating\":5}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_review_without_its_appointment_is_a_400_naming_the_field() throws Exception {
        NewClinic clinic = Clinics.at("97203").build();
        registry.register(clinic);
        UUID patient = UUID.randomUUID();
        completed(clinic.id(), patient);

        for (String body :
                new String[] {"{\"rating\":5,\"text\":\"Kind.\"}", "{\"appointmentId\":null,\"rating\":5}"}) {
            mvc.perform(post("/api/v1/providers/" + clinic.id() + "/reviews")
                            .with(user(patient.toString()).roles("PATIENT"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("appointmentId"));
        }
    }

    @Test
    void the_database_itself_refuses_reviews_without_eligibility_and_second_reviews() {
        NewClinic clinic = Clinics.at("97201").build();
        registry.register(clinic);
        UUID patient = UUID.randomUUID();
        UUID appointment = completed(clinic.id(), patient);
        String insert = """
                INSERT INTO review (id, clinic_id, appointment_id, patient_id, rating, text)
                VALUES (:id, :clinic, :appointment, :patient, 5, 'ok')
                """;

        assertThatThrownBy(() -> jdbc.sql(insert)
                        .param("id", UUID.randomUUID())
                        .param("clinic", clinic.id())
                        .param("appointment", UUID.randomUUID())
                        .param("patient", patient)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql(insert)
                .param("id", UUID.randomUUID())
                .param("clinic", clinic.id())
                .param("appointment", appointment)
                .param("patient", patient)
                .update();
        assertThatThrownBy(() -> jdbc.sql(insert)
                        .param("id", UUID.randomUUID())
                        .param("clinic", clinic.id())
                        .param("appointment", appointment)
                        .param("patient", patient)
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void the_clinic_replies_and_a_platform_admin_hides_a_review() throws Exception {
        NewClinic clinic = Clinics.at("97201").build();
        registry.register(clinic);
        UUID patient = UUID.randomUUID();
        review(patient, clinic.id(), completed(clinic.id(), patient), 1).andExpect(status().isCreated());
        UUID reviewId = jdbc.sql("SELECT id FROM review WHERE clinic_id = :c")
                .param("c", clinic.id())
                .query(UUID.class)
                .single();

        mvc.perform(post("/api/v1/clinics/" + clinic.id() + "/reviews/" + reviewId + "/reply")
                        .with(user(UUID.randomUUID().toString())
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_CLINIC_ADMIN"),
                                        new SimpleGrantedAuthority(ClinicMembership.AUTHORITY_PREFIX + clinic.id())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Thank you, we will call you.\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/providers/" + clinic.id()))
                .andExpect(jsonPath("$.reviews[0].reply").value("Thank you, we will call you."));

        mvc.perform(post("/api/v1/admin/reviews/" + reviewId + "/moderation")
                        .with(user(UUID.randomUUID().toString()).roles("PATIENT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"HIDDEN\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/reviews/" + reviewId + "/moderation")
                        .with(user(UUID.randomUUID().toString()).roles("PLATFORM_ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"HIDDEN\",\"note\":\"personal data in text\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/providers/" + clinic.id()))
                .andExpect(jsonPath("$.reviewCount").value(0))
                .andExpect(jsonPath("$.reviews").isEmpty());
        assertThat(jdbc.sql("SELECT moderation_note FROM review WHERE id = :id")
                        .param("id", reviewId)
                        .query(String.class)
                        .single())
                .isEqualTo("personal data in text");
    }
}
