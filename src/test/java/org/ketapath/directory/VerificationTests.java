package org.ketapath.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.directory.domain.ClinicMembership;
import org.ketapath.directory.domain.ClinicRegistry;
import org.ketapath.directory.domain.NewClinic;
import org.ketapath.directory.domain.ProviderSearch;
import org.ketapath.directory.domain.SearchQuery;
import org.ketapath.directory.domain.SearchSort;
import org.ketapath.directory.domain.VerificationService;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The platform admin's queue, recorded decisions, the expiry job and clinic admins' licence edits (Montana). */
@SpringBootTest
@AutoConfigureMockMvc
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class VerificationTests {

    @org.springframework.beans.factory.annotation.Autowired
    StaffAccounts staffAccounts;

    static final String ADMIN = "a0000000-0000-4000-8000-0000000000a1";
    static final String ZIP = "59601";

    final MockMvc mvc;
    final ClinicRegistry registry;
    final ProviderSearch search;
    final VerificationService verification;
    final JdbcClient jdbc;
    final ZipCentroids centroids;

    VerificationTests(
            MockMvc mvc,
            ClinicRegistry registry,
            ProviderSearch search,
            VerificationService verification,
            JdbcClient jdbc,
            ZipCentroids centroids) {
        this.mvc = mvc;
        this.registry = registry;
        this.search = search;
        this.verification = verification;
        this.jdbc = jdbc;
        this.centroids = centroids;
    }

    List<UUID> found() {
        SearchQuery query = new SearchQuery(
                centroids.get(new ZipCode(ZIP)), 50, null, null, null, null, SearchSort.DISTANCE, 0, 100);
        return search.search(query).results().stream().map(r -> r.id()).toList();
    }

    UUID licenceOf(UUID clinic) {
        return jdbc.sql("SELECT id FROM licence WHERE clinic_id = :c")
                .param("c", clinic)
                .query(UUID.class)
                .single();
    }

    String licenceStatus(UUID licence) {
        return jdbc.sql("SELECT status FROM licence WHERE id = :id")
                .param("id", licence)
                .query(String.class)
                .single();
    }

    static RequestPostProcessor admin() {
        return user(ADMIN).roles("PLATFORM_ADMIN");
    }

    @Test
    void the_queue_is_for_platform_admins_only() throws Exception {
        mvc.perform(get("/api/v1/admin/verification/queue")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/admin/verification/queue")
                        .with(user(UUID.randomUUID().toString()).roles("PATIENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/verification/queue").with(admin())).andExpect(status().isOk());
    }

    @Test
    void verifying_a_pending_clinic_records_who_when_and_why_and_lists_it_in_search() throws Exception {
        NewClinic pending =
                Clinics.at(ZIP).status("PENDING").named("Pending Helena").build();
        registry.register(pending);
        mvc.perform(get("/api/v1/admin/verification/queue").with(admin()))
                .andExpect(jsonPath("$.clinics[?(@.id == '" + pending.id() + "')].name")
                        .value("Pending Helena"));
        assertThat(found()).doesNotContain(pending.id());

        mvc.perform(post("/api/v1/admin/verification/clinics/" + pending.id())
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"VERIFIED\",\"evidenceNote\":\"State board lookup 2026-11-24\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].decidedBy").value(ADMIN))
                .andExpect(jsonPath("$[0].decision").value("VERIFIED"))
                .andExpect(jsonPath("$[0].evidenceNote").value("State board lookup 2026-11-24"))
                .andExpect(jsonPath("$[0].decidedAt").isNotEmpty());
        assertThat(found()).contains(pending.id());
    }

    @Test
    void the_queue_page_lists_pending_items_for_admins_and_records_a_decision_from_its_form() throws Exception {
        NewClinic pending =
                Clinics.at(ZIP).status("PENDING").named("Page Pending Helena").build();
        registry.register(pending);

        // Pages re-read the signed-in account from the database: real accounts, not just a principal name.
        UUID clinician = staffAccounts.create(
                "not-an-admin-" + UUID.randomUUID() + "@staff.test",
                "a-long-test-passphrase",
                Role.CLINICIAN,
                List.of(pending.id()));
        UUID pageAdmin = staffAccounts.create(
                "page-admin-" + UUID.randomUUID() + "@staff.test",
                "a-long-test-passphrase",
                Role.PLATFORM_ADMIN,
                List.of());
        mvc.perform(get("/admin/verification").with(user(clinician.toString()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/verification").with(user(pageAdmin.toString())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Page Pending Helena")));
        mvc.perform(
                        post("/admin/verification/clinics/" + pending.id())
                                .with(user(pageAdmin.toString()))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("decision", "REJECTED")
                                .param("evidenceNote", "no licence on file"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/admin/verification/clinics/" + pending.id() + "/decisions")
                        .with(user(pageAdmin.toString()).roles("PLATFORM_ADMIN")))
                .andExpect(jsonPath("$[0].decision").value("REJECTED"))
                .andExpect(jsonPath("$[0].evidenceNote").value("no licence on file"));
    }

    @Test
    void a_clinic_admin_edits_the_profile_and_bad_fields_are_named() throws Exception {
        NewClinic clinic = Clinics.at(ZIP).build();
        registry.register(clinic);
        RequestPostProcessor staff = user(UUID.randomUUID().toString())
                .authorities(
                        new SimpleGrantedAuthority("ROLE_CLINIC_ADMIN"),
                        new SimpleGrantedAuthority(ClinicMembership.AUTHORITY_PREFIX + clinic.id()));

        mvc.perform(put("/api/v1/clinics/" + clinic.id() + "/profile")
                        .with(staff)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"Now open Saturdays.\",\"phone\":\"406-555-0199\","
                                + "\"acceptingNewPatients\":false,\"infusionMinutes\":45,\"monitoringMinutes\":30}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/providers/" + clinic.id()))
                .andExpect(jsonPath("$.description").value("Now open Saturdays."))
                .andExpect(jsonPath("$.acceptingNewPatients").value(false));

        mvc.perform(put("/api/v1/clinics/" + clinic.id() + "/profile")
                        .with(staff)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"x\",\"phone\":\"call us\",\"acceptingNewPatients\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
        mvc.perform(put("/api/v1/clinics/" + clinic.id() + "/licences/" + licenceOf(clinic.id()))
                        .with(staff)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"MT\",\"number\":\"1\",\"type\":\"MD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
    }

    @Test
    void decisions_are_validated_and_unknown_ids_are_404() throws Exception {
        mvc.perform(post("/api/v1/admin/verification/clinics/" + UUID.randomUUID())
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"VERIFIED\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/admin/verification/clinics/" + UUID.randomUUID())
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
    }

    @Test
    void a_far_off_expiry_date_is_a_400_naming_it_in_decisions_and_edits() throws Exception {
        NewClinic clinic = Clinics.at(ZIP)
                .licence("MT", "PENDING", LocalDate.now().plusYears(1))
                .build();
        registry.register(clinic);
        for (String date : new String[] {"+999999999-12-31", "1066-10-14"}) {
            mvc.perform(post("/api/v1/admin/verification/licences/" + licenceOf(clinic.id()))
                            .with(admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decision\":\"VERIFIED\",\"expiresOn\":\"" + date + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
        }
        assertThat(found()).doesNotContain(clinic.id());
    }

    @Test
    void verifying_a_pending_licence_brings_the_clinic_into_search_for_that_state() throws Exception {
        NewClinic clinic = Clinics.at(ZIP)
                .licence("MT", "PENDING", LocalDate.now().plusYears(1))
                .build();
        registry.register(clinic);
        assertThat(found()).doesNotContain(clinic.id());

        mvc.perform(post("/api/v1/admin/verification/licences/" + licenceOf(clinic.id()))
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"VERIFIED\",\"evidenceNote\":\"MT board\"}"))
                .andExpect(status().isOk());

        assertThat(found()).contains(clinic.id());
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "PLATFORM_ADMIN")
    void expired_licences_leave_search_at_once_and_the_daily_job_marks_them_expired() {
        NewClinic clinic = Clinics.at(ZIP)
                .licence("MT", "VERIFIED", LocalDate.now().minusDays(1))
                .build();
        registry.register(clinic);
        UUID licence = licenceOf(clinic.id());

        assertThat(found()).doesNotContain(clinic.id());
        assertThat(licenceStatus(licence)).isEqualTo("VERIFIED");

        assertThat(verification.expireLicences()).isGreaterThanOrEqualTo(1);

        assertThat(licenceStatus(licence)).isEqualTo("EXPIRED");
        assertThat(verification.decisions(clinic.id()))
                .anySatisfy(d -> assertThat(d.decidedBy()).isEqualTo("system:licence-expiry"));
    }

    @Test
    void a_clinic_admin_editing_a_licence_sends_it_back_to_pending_and_other_clinics_admins_are_refused()
            throws Exception {
        NewClinic clinic = Clinics.at(ZIP).build();
        registry.register(clinic);
        UUID licence = licenceOf(clinic.id());
        assertThat(found()).contains(clinic.id());
        String edit = "{\"state\":\"MT\",\"number\":\"MT-NEW-1\",\"type\":\"MD\",\"expiresOn\":\"2030-01-01\"}";

        mvc.perform(put("/api/v1/clinics/" + clinic.id() + "/licences/" + licence)
                        .with(user(UUID.randomUUID().toString())
                                .roles("CLINIC_ADMIN")
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_CLINIC_ADMIN"),
                                        new SimpleGrantedAuthority(
                                                ClinicMembership.AUTHORITY_PREFIX + UUID.randomUUID())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isForbidden());
        assertThat(licenceStatus(licence)).isEqualTo("VERIFIED");

        mvc.perform(put("/api/v1/clinics/" + clinic.id() + "/licences/" + licence)
                        .with(user(UUID.randomUUID().toString())
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_CLINIC_ADMIN"),
                                        new SimpleGrantedAuthority(ClinicMembership.AUTHORITY_PREFIX + clinic.id())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isOk());

        assertThat(licenceStatus(licence)).isEqualTo("PENDING");
        assertThat(found()).doesNotContain(clinic.id());
    }
}
