package org.ketapath.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.PatientDetails;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.TestClinics;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.support.Http;
import org.ketapath.support.TestAssessments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinic with a schedule (New York, open every day 9 AM to 5 PM, two practitioners, two chairs), its staff with
 * TOTP enrolled, and patients with names who book and share, made through the modules' own services.
 */
public final class ClinicWorld {

    public static final String PASSWORD = "a-long-test-passphrase";
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A staff account and the secret of its authenticator. */
    public record Staff(UUID id, String email, String secret) {}

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final Mfa mfa;
    private final BookingService booking;
    private final AssessmentApi assessments;
    private final Http http;
    private final org.ketapath.scheduling.MutableClock clock;

    public final UUID clinic;
    public final List<UUID> practitioners;

    public ClinicWorld(
            JdbcClient jdbc,
            ScheduleSetup setup,
            StaffAccounts accounts,
            Mfa mfa,
            BookingService booking,
            AssessmentApi assessments,
            Http http,
            org.ketapath.scheduling.MutableClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mfa = mfa;
        this.booking = booking;
        this.assessments = assessments;
        this.http = http;
        ScheduleSetup.ClinicSetup s = TestClinics.standard(2);
        this.clinic = TestClinics.create(jdbc, setup, s);
        this.practitioners = s.practitioners();
    }

    public Staff clinician() {
        return staff(Role.CLINICIAN, clinic);
    }

    public Staff admin() {
        return staff(Role.CLINIC_ADMIN, clinic);
    }

    public Staff staff(Role role, UUID... clinics) {
        org.ketapath.support.DirectoryRows.clinics(jdbc, clinics);
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@staff.test";
        UUID id = accounts.create(email, PASSWORD, role, List.of(clinics));
        String secret = secret();
        mfa.enrolWithSecret(id, secret);
        return new Staff(id, email, secret);
    }

    public UUID patient(String given, String family) {
        return accounts.createVerifiedPatient(
                given.toLowerCase() + "-" + UUID.randomUUID() + "@patients.test",
                PASSWORD,
                new PatientDetails(given, family, LocalDate.of(1985, 12, 10), "19107", "+1 215 555 0142"));
    }

    public String emailOf(UUID account) {
        return jdbc.sql("select email from account where id = :id")
                .param("id", account)
                .query(String.class)
                .single();
    }

    /** A depression assessment (PHQ-9 total 8) taken anonymously and kept by the patient; returns its id. */
    public String assessmentOf(UUID patient) {
        String token = TestAssessments.take(http);
        assertThat(assessments.attachToAccount(token, patient)).isTrue();
        return token;
    }

    /** An assessment with these answers (JSON of {@code POST /api/v1/assessments}) kept by the patient. */
    public String assessmentOf(UUID patient, String intakeJson) {
        var response = http.post("/api/v1/assessments", intakeJson);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String token = TestAssessments.idIn(response.body());
        assertThat(assessments.attachToAccount(token, patient)).isTrue();
        return token;
    }

    /**
     * A bearer token for the API: a patient's, or a staff member's with a fresh TOTP code (each code is accepted
     * once, so the application's clock first moves on to the next 30-second step).
     */
    public String token(String email, @Nullable Staff staff) {
        java.time.Instant now = staff == null ? clock.instant() : nextCodeTime();
        String body = staff == null
                ? "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD)
                : "{\"email\":\"%s\",\"password\":\"%s\",\"otp\":\"%s\"}"
                        .formatted(email, PASSWORD, org.ketapath.support.WebClient.totp(staff.secret(), now));
        var response = http.post("/api/v1/auth/token", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replaceAll("(?s).*\"accessToken\":\"([^\"]+)\".*", "$1");
    }

    public String token(Staff staff) {
        return token(staff.email(), staff);
    }

    /** Signs the staff member in on the web with a fresh TOTP code; returns where sign-in sent them. */
    public String signIn(org.ketapath.support.WebClient web, Staff staff) {
        return web.signInStaff(staff.email(), PASSWORD, staff.secret(), nextCodeTime());
    }

    /** Moves the application's clock to the next TOTP step (a code is accepted once) and returns the time. */
    public java.time.Instant nextCodeTime() {
        clock.advance(java.time.Duration.ofSeconds(31));
        return clock.instant();
    }

    /** Books a visit at the clinic (New York time), sharing the assessment when one is given. */
    public UUID book(UUID patient, ServiceType service, LocalDate day, LocalTime time, @Nullable String assessment) {
        UUID reference = assessment == null
                ? null
                : assessments.shareReference(assessment, patient).orElseThrow();
        return booking.book(
                        patient,
                        new BookingService.BookingRequest(
                                clinic,
                                service,
                                day.atTime(time).atZone(NEW_YORK).toInstant(),
                                reference,
                                null),
                        UUID.randomUUID().toString(),
                        "hash")
                .appointment()
                .id();
    }

    /** The assessment reference an appointment carries (its {@code assessmentId}). */
    public UUID referenceOf(UUID appointment) {
        return jdbc.sql("select assessment_id from appointment where id = :id")
                .param("id", appointment)
                .query(UUID.class)
                .single();
    }

    private static String secret() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            s.append(alphabet.charAt(RANDOM.nextInt(32)));
        }
        return s.toString();
    }
}
