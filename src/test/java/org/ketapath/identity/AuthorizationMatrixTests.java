package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.ConsentApi.Scope;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every {@code /api/v1} endpoint × every kind of caller, with the exact answer expected. The endpoints are read
 * from the application's handler mappings: an endpoint without a row here fails the test, so every module that
 * adds an endpoint must say here who may use it. Denials never carry the patient's information.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixTests {

    enum Actor {
        ANONYMOUS,
        OWN_PATIENT,
        OTHER_PATIENT,
        OWN_CLINIC_STAFF,
        OTHER_CLINIC_STAFF,
        PLATFORM_ADMIN
    }

    static final UUID CLINIC = UUID.fromString("c0000000-0000-4000-8000-0000000000a2");
    static final UUID OTHER_CLINIC = UUID.fromString("c0000000-0000-4000-8000-0000000000b2");
    static final UUID NONE = UUID.fromString("00000000-0000-4000-8000-000000000000");
    static final UUID THIRD_CLINIC = UUID.fromString("c0000000-0000-4000-8000-0000000000c2");

    /**
     * One endpoint's expectations.
     *
     * @param statuses the status each caller gets, in {@link Actor} order
     * @param body the JSON body to send, if any
     * @param freshPatients whether the patient callers are new patients (for destructive calls)
     */
    record Row(int[] statuses, Supplier<String> body, boolean freshPatients, String path) {
        static Row of(int anonymous, int own, int other, int ownStaff, int otherStaff, int admin) {
            return new Row(new int[] {anonymous, own, other, ownStaff, otherStaff, admin}, () -> "", false, "");
        }

        Row body(Supplier<String> json) {
            return new Row(statuses, json, freshPatients, path);
        }

        Row withFreshPatients() {
            return new Row(statuses, body, true, path);
        }

        /** The concrete path to call, when the pattern's variables are not the fixture's ids. */
        Row at(String concrete) {
            return new Row(statuses, body, freshPatients, concrete);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsentApi consents;

    Map<String, Row> matrix() {
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("GET /api/v1/openapi.json", Row.of(200, 200, 200, 200, 200, 200));
        rows.put("GET /api/v1/openapi.json.yaml", Row.of(200, 200, 200, 200, 200, 200));
        rows.put(
                "POST /api/v1/patients",
                Row.of(201, 201, 201, 201, 201, 201)
                        .body(() -> IdentityFixtures.signUpJson(
                                IdentityFixtures.uniqueEmail("m"), IdentityFixtures.PASSWORD)));
        rows.put(
                "POST /api/v1/email-verification",
                Row.of(400, 400, 400, 400, 400, 400).body(() -> "{\"token\":\"not-a-real-token\"}"));
        rows.put(
                "POST /api/v1/auth/token",
                Row.of(401, 401, 401, 401, 401, 401)
                        .body(() -> "{\"email\":\"%s\",\"password\":\"wrong-password-1\"}"
                                .formatted(IdentityFixtures.uniqueEmail("nobody"))));
        rows.put(
                "POST /api/v1/auth/revoke", Row.of(401, 204, 204, 204, 204, 204).withFreshPatients());
        // password reset: anyone may ask (always 202, nothing said about the address) and use a link
        rows.put(
                "POST /api/v1/auth/password-reset",
                Row.of(202, 202, 202, 202, 202, 202)
                        .body(() -> "{\"email\":\"%s\"}".formatted(IdentityFixtures.uniqueEmail("forgot"))));
        rows.put(
                "POST /api/v1/auth/password-reset/confirm",
                Row.of(400, 400, 400, 400, 400, 400)
                        .body(() -> "{\"token\":\"not-a-real-token\",\"password\":\"a-long-enough-passphrase\"}"));
        // a patient changes their own details, password and address; the address link is its own proof
        rows.put(
                "PATCH /api/v1/patients/me",
                Row.of(401, 200, 200, 403, 403, 403).body(() -> "{\"givenName\":\"Grace\"}"));
        rows.put(
                "POST /api/v1/patients/me/password",
                Row.of(401, 400, 400, 403, 403, 403)
                        .body(
                                () ->
                                        "{\"currentPassword\":\"not-the-password-1\",\"newPassword\":\"a-long-enough-passphrase\"}"));
        rows.put(
                "POST /api/v1/patients/me/email",
                Row.of(401, 202, 202, 403, 403, 403)
                        .body(() -> "{\"email\":\"%s\",\"password\":\"%s\"}"
                                .formatted(IdentityFixtures.uniqueEmail("moved"), IdentityFixtures.PASSWORD)));
        rows.put(
                "POST /api/v1/email-change",
                Row.of(400, 400, 400, 400, 400, 400).body(() -> "{\"token\":\"not-a-real-token\"}"));
        rows.put("GET /api/v1/me", Row.of(401, 200, 200, 200, 200, 200));
        rows.put("GET /api/v1/patients/me", Row.of(401, 200, 200, 403, 403, 403));
        rows.put("POST /api/v1/patients/me/email-verification", Row.of(401, 202, 202, 403, 403, 403));
        rows.put("GET /api/v1/patients/me/export", Row.of(401, 200, 200, 403, 403, 403));
        rows.put("GET /api/v1/patients/me/access-report", Row.of(401, 200, 200, 403, 403, 403));
        rows.put("GET /api/v1/patients/me/consents", Row.of(401, 200, 200, 403, 403, 403));
        rows.put(
                "POST /api/v1/patients/me/consents",
                Row.of(401, 201, 201, 403, 403, 403)
                        .body(() -> "{\"clinicId\":\"" + THIRD_CLINIC + "\",\"scope\":\"DIARY\"}"));
        rows.put("POST /api/v1/patients/me/consents/{consentId}/withdraw", Row.of(401, 200, 404, 403, 403, 403));
        rows.put(
                "POST /api/v1/patients/me/close",
                Row.of(401, 204, 204, 403, 403, 403)
                        .body(() -> "{\"password\":\"" + IdentityFixtures.PASSWORD + "\"}")
                        .withFreshPatients());
        rows.put("GET /api/v1/clinics/{clinicId}/patients", Row.of(401, 403, 403, 200, 404, 403));
        rows.put("GET /api/v1/clinics/{clinicId}/patients/{patientId}", Row.of(401, 403, 403, 200, 404, 403));
        rows.put("GET /api/v1/admin/audit/verify", Row.of(401, 403, 403, 403, 403, 200));
        // clinic workspace: a patient's chart for the staff of a clinic the patient shares with or booked with;
        // intakes for the clinic's staff, decided by its clinicians; anything else of another clinic: not found
        rows.put("GET /api/v1/clinics/{clinicId}/patients/{patientId}/chart", Row.of(401, 403, 403, 200, 404, 403));
        rows.put(
                "GET /api/v1/clinics/{clinicId}/intakes/{assessmentId}",
                Row.of(401, 403, 403, 404, 404, 403).at("/api/v1/clinics/" + CLINIC + "/intakes/" + NONE));
        // joining the platform is open (an empty application names its missing fields); staff management is for
        // the clinic's admins (a clinician is refused by role, another clinic's admin finds nothing)
        rows.put("POST /api/v1/clinics", Row.of(400, 400, 400, 400, 400, 400).body(() -> "{}"));
        rows.put("GET /api/v1/clinics/{clinicId}/staff", Row.of(401, 403, 403, 403, 404, 403));
        rows.put(
                "POST /api/v1/clinics/{clinicId}/staff/invitations",
                Row.of(401, 403, 403, 403, 404, 403)
                        .body(() -> "{\"email\":\"" + IdentityFixtures.uniqueEmail("invitee")
                                + "\",\"role\":\"CLINICIAN\"}"));
        rows.put(
                "DELETE /api/v1/clinics/{clinicId}/staff/invitations/{invitationId}",
                Row.of(401, 403, 403, 403, 404, 403).at("/api/v1/clinics/" + CLINIC + "/staff/invitations/" + NONE));
        rows.put(
                "DELETE /api/v1/clinics/{clinicId}/staff/{accountId}",
                Row.of(401, 403, 403, 403, 404, 403).at("/api/v1/clinics/" + CLINIC + "/staff/" + NONE));
        rows.put(
                "POST /api/v1/clinics/{clinicId}/intakes/{assessmentId}/review",
                Row.of(401, 403, 403, 404, 403, 403)
                        .at("/api/v1/clinics/" + CLINIC + "/intakes/" + NONE + "/review")
                        .body(() -> "{\"decision\":\"PROCEED\"}"));
        // assessment: open to anonymous visitors (the two-minute assessment needs no account)
        rows.put("GET /api/v1/instruments", Row.of(200, 200, 200, 200, 200, 200));
        rows.put(
                "GET /api/v1/instruments/{id}",
                Row.of(200, 200, 200, 200, 200, 200).at("/api/v1/instruments/phq-9"));
        rows.put(
                "POST /api/v1/instruments/{id}/score",
                Row.of(400, 400, 400, 400, 400, 400)
                        .at("/api/v1/instruments/phq-9/score")
                        .body(() -> "{}"));
        rows.put(
                "POST /api/v1/assessments", Row.of(400, 400, 400, 400, 400, 400).body(() -> "{}"));
        rows.put(
                "GET /api/v1/assessments/{id}",
                Row.of(404, 404, 404, 404, 404, 404).at("/api/v1/assessments/00000000-0000-4000-8000-000000000000"));
        // directory: the search and public profiles are open; verification is for platform admins; clinic
        // profile edits for that clinic's admins; reviews for patients with a completed visit
        rows.put("GET /api/v1/providers", Row.of(200, 200, 200, 200, 200, 200).at("/api/v1/providers?zip=19107"));
        rows.put(
                "GET /api/v1/providers/{id}",
                Row.of(404, 404, 404, 404, 404, 404).at("/api/v1/providers/" + NONE));
        rows.put(
                "POST /api/v1/providers/{id}/reviews",
                Row.of(401, 403, 403, 403, 403, 403)
                        .at("/api/v1/providers/" + NONE + "/reviews")
                        .body(() -> "{\"appointmentId\":\"" + NONE + "\",\"rating\":5,\"text\":\"Kind staff.\"}"));
        // the soonest free slots near a ZIP code are open, like the search
        rows.put(
                "GET /api/v1/slots/soonest",
                Row.of(200, 200, 200, 200, 200, 200).at("/api/v1/slots/soonest?zip=19107&service=IV_INFUSION"));
        rows.put("GET /api/v1/admin/verification/queue", Row.of(401, 403, 403, 403, 403, 200));
        rows.put(
                "GET /api/v1/admin/verification/clinics/{id}/decisions",
                Row.of(401, 403, 403, 403, 403, 200).at("/api/v1/admin/verification/clinics/" + NONE + "/decisions"));
        rows.put(
                "POST /api/v1/admin/verification/clinics/{id}",
                Row.of(401, 403, 403, 403, 403, 400)
                        .at("/api/v1/admin/verification/clinics/" + NONE)
                        .body(() -> "{}"));
        rows.put(
                "POST /api/v1/admin/verification/licences/{id}",
                Row.of(401, 403, 403, 403, 403, 400)
                        .at("/api/v1/admin/verification/licences/" + NONE)
                        .body(() -> "{}"));
        rows.put(
                "POST /api/v1/admin/reviews/{reviewId}/moderation",
                Row.of(401, 403, 403, 403, 403, 400)
                        .at("/api/v1/admin/reviews/" + NONE + "/moderation")
                        .body(() -> "{}"));
        rows.put(
                "POST /api/v1/clinics/{clinicId}/reviews/{reviewId}/reply",
                Row.of(401, 403, 403, 403, 403, 403)
                        .at("/api/v1/clinics/" + CLINIC + "/reviews/" + NONE + "/reply")
                        .body(() -> "{}"));
        rows.put(
                "PUT /api/v1/clinics/{clinicId}/profile",
                Row.of(401, 403, 403, 403, 403, 403)
                        .body(() -> "{\"description\":\"A clinic.\",\"phone\":\"215-555-0100\","
                                + "\"website\":\"https://clinic.example.org\",\"acceptingNewPatients\":true}"));
        rows.put(
                "PUT /api/v1/clinics/{clinicId}/licences/{licenceId}",
                Row.of(401, 403, 403, 403, 403, 403)
                        .at("/api/v1/clinics/" + CLINIC + "/licences/" + NONE)
                        .body(() -> "{}"));
        // scheduling: availability and holds are open (a slot is held while the visitor signs up); booking is for
        // signed-in patients with a verified e-mail; an appointment is visible to its patient and its clinic only
        rows.put(
                "GET /api/v1/providers/{id}/availability",
                Row.of(404, 404, 404, 404, 404, 404)
                        .at("/api/v1/providers/" + NONE
                                + "/availability?service=FREE_CONSULT&from=2027-01-04&to=2027-01-05"));
        rows.put("POST /api/v1/holds", Row.of(400, 400, 400, 400, 400, 400).body(() -> "{}"));
        // everyone signed in lists their own appointments (staff have none of their own: an empty list)
        rows.put("GET /api/v1/appointments", Row.of(401, 200, 200, 200, 200, 200));
        rows.put(
                "GET /api/v1/appointments/{id}",
                Row.of(401, 404, 404, 404, 404, 404).at("/api/v1/appointments/" + NONE));
        rows.put(
                "GET /api/v1/appointments/{id}/calendar.ics",
                Row.of(401, 404, 404, 404, 404, 404).at("/api/v1/appointments/" + NONE + "/calendar.ics"));
        rows.put(
                "POST /api/v1/appointments",
                Row.of(401, 400, 400, 403, 403, 403).body(() -> "{}"));
        rows.put(
                "POST /api/v1/appointments/{id}/cancel",
                Row.of(401, 404, 404, 404, 404, 404).at("/api/v1/appointments/" + NONE + "/cancel"));
        rows.put(
                "POST /api/v1/appointments/{id}/reschedule",
                Row.of(401, 404, 404, 404, 404, 404)
                        .at("/api/v1/appointments/" + NONE + "/reschedule")
                        .body(() -> "{\"start\":\"2027-01-04T15:00:00Z\"}"));
        // treatment: courses, consent texts and session records for clinicians and admins of that clinic only
        // (anyone else: 404; the patients/me and clinics/*/patients paths keep identity's role rules: 403)
        rows.put(
                "POST /api/v1/clinics/{clinicId}/patients/{patientId}/courses",
                Row.of(401, 403, 403, 404, 404, 403)
                        .body(() -> "{\"condition\":\"MIGRAINE\",\"icd10\":\"G43.709\",\"route\":\"IV\","
                                + "\"doseMgPerKg\":0.5,\"rateMgPerKgPerHour\":0.5,\"plannedSessions\":5}"));
        rows.put(
                "POST /api/v1/clinics/{clinicId}/consent-texts",
                Row.of(401, 404, 404, 201, 404, 404).body(() -> "{\"markdown\":\"# Consent\"}"));
        rows.put("GET /api/v1/patients/me/consent-forms", Row.of(401, 200, 200, 403, 403, 403));
        rows.put(
                "POST /api/v1/patients/me/consent-forms/{id}/accept",
                Row.of(401, 404, 404, 403, 403, 403)
                        .at("/api/v1/patients/me/consent-forms/" + NONE + "/accept")
                        .body(() -> "{\"fullName\":\"Grace Hopper\"}"));
        rows.put(
                "POST /api/v1/appointments/{appointmentId}/session",
                Row.of(401, 404, 404, 404, 404, 404).at("/api/v1/appointments/" + NONE + "/session"));
        rows.put(
                "GET /api/v1/sessions/{id}",
                Row.of(401, 404, 404, 404, 404, 404).at("/api/v1/sessions/" + NONE));
        String vitals = "{\"systolic\":120,\"diastolic\":80,\"heartRate\":70,\"spo2\":98}";
        rows.put(
                "PUT /api/v1/sessions/{id}/pre-check",
                Row.of(401, 404, 404, 404, 404, 404)
                        .at("/api/v1/sessions/" + NONE + "/pre-check")
                        .body(() -> "{\"weightKg\":70,\"fasting\":true,\"baseline\":" + vitals
                                + ",\"pregnancyTest\":\"NOT_APPLICABLE\"}"));
        rows.put(
                "POST /api/v1/sessions/{id}/doses",
                Row.of(401, 404, 404, 404, 404, 404)
                        .at("/api/v1/sessions/" + NONE + "/doses")
                        .body(() -> "{\"drug\":\"KETAMINE\",\"route\":\"IV\",\"amountMg\":35,"
                                + "\"rateMgPerKgPerHour\":0.5,\"lot\":\"L1\",\"lotExpiresOn\":\"2030-01-01\"}"));
        rows.put(
                "POST /api/v1/sessions/{id}/vitals",
                Row.of(401, 404, 404, 404, 404, 404)
                        .at("/api/v1/sessions/" + NONE + "/vitals")
                        .body(() -> vitals));
        rows.put(
                "POST /api/v1/sessions/{id}/flags/{flagId}/resolve",
                Row.of(401, 404, 404, 404, 404, 404)
                        .at("/api/v1/sessions/" + NONE + "/flags/" + NONE + "/resolve")
                        .body(() -> "{\"note\":\"Rechecked.\"}"));
        rows.put(
                "POST /api/v1/sessions/{id}/scores",
                Row.of(401, 404, 404, 404, 404, 404)
                        .at("/api/v1/sessions/" + NONE + "/scores")
                        .body(() -> "{\"instrument\":\"MOAA_S\",\"value\":5,\"phase\":\"AFTER\"}"));
        rows.put(
                "POST /api/v1/sessions/{id}/events",
                Row.of(401, 404, 404, 404, 404, 404)
                        .at("/api/v1/sessions/" + NONE + "/events")
                        .body(() -> "{\"kind\":\"NAUSEA\",\"severity\":\"MILD\"}"));
        rows.put(
                "PUT /api/v1/sessions/{id}/discharge",
                Row.of(401, 404, 404, 404, 404, 404)
                        .at("/api/v1/sessions/" + NONE + "/discharge")
                        .body(() -> "{\"tool\":\"ALDRETE\",\"score\":10,\"escortConfirmed\":true,"
                                + "\"instructionsGiven\":true}"));
        rows.put(
                "POST /api/v1/sessions/{id}/sign",
                Row.of(401, 404, 404, 404, 404, 404).at("/api/v1/sessions/" + NONE + "/sign"));
        rows.put(
                "POST /api/v1/sessions/{id}/amendments",
                Row.of(401, 404, 404, 404, 404, 404)
                        .at("/api/v1/sessions/" + NONE + "/amendments")
                        .body(() -> "{\"part\":\"EVENTS\",\"reason\":\"Late entry\",\"changes\":{}}"));
        rows.put(
                "POST /api/v1/sessions/{id}/rems-form/submit",
                Row.of(401, 404, 404, 404, 404, 404).at("/api/v1/sessions/" + NONE + "/rems-form/submit"));
        rows.put(
                "GET /api/v1/clinics/{clinicId}/rems-forms",
                Row.of(401, 404, 404, 200, 404, 404).at("/api/v1/clinics/" + CLINIC + "/rems-forms?status=due"));
        // outcomes: the headache diary and outcomes are the patient's own (staff and admins: 403)
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"))
                .minusDays(1)
                .toString();
        rows.put(
                "PUT /api/v1/diary/{date}",
                Row.of(401, 200, 200, 403, 403, 403)
                        .at("/api/v1/diary/" + yesterday)
                        .body(() -> "{\"headache\":false}"));
        rows.put("GET /api/v1/diary", Row.of(401, 200, 200, 403, 403, 403));
        rows.put("GET /api/v1/patients/me/outcomes", Row.of(401, 200, 200, 403, 403, 403));
        return rows;
    }

    @Test
    void every_api_endpoint_has_a_row_and_every_caller_gets_the_expected_answer() {
        org.ketapath.support.DirectoryRows.clinics(jdbc, CLINIC, OTHER_CLINIC, THIRD_CLINIC);
        Set<String> endpoints = apiEndpoints();
        Map<String, Row> matrix = matrix();

        assertThat(new TreeSet<>(endpoints))
                .as("endpoints without a row in the authorisation matrix: add one for each")
                .isSubsetOf(matrix.keySet());
        assertThat(matrix.keySet())
                .as("rows for endpoints that no longer exist")
                .isSubsetOf(endpoints);

        Http http = new Http(port);
        IdentityFixtures fixtures = new IdentityFixtures(http, staff, mfa, jdbc);
        String ownEmail = IdentityFixtures.uniqueEmail("own");
        UUID own = fixtures.verifiedPatient(ownEmail);
        consents.grant(own, CLINIC, Scope.ASSESSMENT_RESULTS);
        UUID withdrawable = consents.grant(own, OTHER_CLINIC, Scope.DIARY);
        String otherEmail = IdentityFixtures.uniqueEmail("other");
        fixtures.verifiedPatient(otherEmail);
        String ownStaff = IdentityFixtures.uniqueEmail("ownstaff");
        fixtures.staff(ownStaff, Role.CLINICIAN, CLINIC);
        String otherStaff = IdentityFixtures.uniqueEmail("otherstaff");
        fixtures.staff(otherStaff, Role.CLINIC_ADMIN, OTHER_CLINIC);
        String admin = IdentityFixtures.uniqueEmail("admin");
        fixtures.staff(admin, Role.PLATFORM_ADMIN);
        Map<Actor, String> emails = new EnumMap<>(Actor.class);
        emails.put(Actor.OWN_PATIENT, ownEmail);
        emails.put(Actor.OTHER_PATIENT, otherEmail);
        emails.put(Actor.OWN_CLINIC_STAFF, ownStaff);
        emails.put(Actor.OTHER_CLINIC_STAFF, otherStaff);
        emails.put(Actor.PLATFORM_ADMIN, admin);
        Map<Actor, String> tokens = new EnumMap<>(Actor.class);
        emails.forEach((actor, email) ->
                tokens.put(actor, fixtures.token(email, !actor.name().contains("PATIENT"))));

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Row> entry : matrix.entrySet()) {
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String path = !entry.getValue().path().isEmpty()
                    ? entry.getValue().path()
                    : entry.getKey()
                            .substring(entry.getKey().indexOf(' ') + 1)
                            .replace("{clinicId}", CLINIC.toString())
                            .replace("{patientId}", own.toString())
                            .replace("{consentId}", withdrawable.toString());
            Row row = entry.getValue();
            for (Actor actor : Actor.values()) {
                String token = tokenFor(actor, row, tokens, emails, fixtures);
                String[] auth = token == null ? new String[0] : new String[] {"Authorization", "Bearer " + token};
                HttpResponse<String> response = switch (method) {
                    case "GET" -> http.get(path, auth);
                    case "POST" -> http.post(path, row.body().get(), auth);
                    default -> http.send(method, path, row.body().get(), auth);
                };
                int expected = row.statuses()[actor.ordinal()];
                if (response.statusCode() != expected) {
                    failures.add(entry.getKey() + " as " + actor + ": expected " + expected + " but was "
                            + response.statusCode() + " " + response.body());
                }
                if (response.statusCode() >= 400 && response.body().contains("Hopper")) {
                    failures.add(entry.getKey() + " as " + actor + ": a denial carried patient information");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String tokenFor(
            Actor actor, Row row, Map<Actor, String> tokens, Map<Actor, String> emails, IdentityFixtures fixtures) {
        if (actor == Actor.ANONYMOUS) {
            return null;
        }
        if (row.freshPatients() && actor.name().contains("PATIENT")) {
            String email = IdentityFixtures.uniqueEmail("fresh");
            fixtures.verifiedPatient(email);
            return fixtures.token(email, false);
        }
        if (row.freshPatients()) {
            return fixtures.token(emails.get(actor), true);
        }
        return tokens.get(actor);
    }

    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (!pattern.startsWith("/api/v1")) {
                        continue;
                    }
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + pattern);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }
}
