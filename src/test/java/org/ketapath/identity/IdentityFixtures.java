package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.PatientDetails;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts and tokens for identity tests (and the FHIR access matrix, which needs real tokens too). */
public final class IdentityFixtures {

    static final String PASSWORD = "correct-horse-battery-9";
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern VERIFY = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)");

    private final Http http;
    private final StaffAccounts staff;
    private final Mfa mfa;
    private final JdbcClient jdbc;

    public IdentityFixtures(Http http, StaffAccounts staff, Mfa mfa, JdbcClient jdbc) {
        this.http = http;
        this.staff = staff;
        this.mfa = mfa;
        this.jdbc = jdbc;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    static String signUpJson(String email, String password) {
        return """
                {"email":"%s","password":"%s","givenName":"Ada","familyName":"Lovelace",
                 "birthDate":"1985-12-10","zip":"10001","phone":"+1 212 555 0100"}
                """.formatted(email, password);
    }

    /** Registers a patient through the API and returns the id. */
    UUID registerPatient(String email) {
        HttpResponse<String> response = http.post("/api/v1/patients", signUpJson(email, PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
    }

    public UUID verifiedPatient(String email) {
        return staff.createVerifiedPatient(
                email, PASSWORD, new PatientDetails("Grace", "Hopper", LocalDate.of(1980, 1, 2), "02139", null));
    }

    /** A staff account with TOTP enrolled; returns its id. The secret is {@link #secretOf}. */
    public UUID staff(String email, Role role, UUID... clinics) {
        org.ketapath.support.DirectoryRows.clinics(jdbc, clinics);
        UUID id = staff.create(email, PASSWORD, role, Set.of(clinics));
        mfa.enrolWithSecret(id, secretOf(email));
        return id;
    }

    static String secretOf(String email) {
        String base = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder secret = new StringBuilder();
        int h = email.hashCode();
        for (int i = 0; i < 32; i++) {
            secret.append(base.charAt(Math.floorMod(h * (i + 7) + i * 31, 32)));
        }
        return secret.toString();
    }

    /** The last TOTP time step used per secret: the server takes each code once (RFC 6238, 5.2). */
    private static final Map<String, Long> usedSteps = new ConcurrentHashMap<>();

    /**
     * A TOTP code for the secret that this JVM has not used yet: the current step's, else the next step's (the
     * server allows one step of drift), else, after waiting for the next step to begin, the one after.
     */
    static synchronized String totp(String secret) {
        long now = Instant.now().getEpochSecond() / 30;
        long step = Math.max(now, usedSteps.getOrDefault(secret, Long.MIN_VALUE) + 1);
        while (step > Instant.now().getEpochSecond() / 30 + 1) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        usedSteps.put(secret, step);
        return code(secret, step);
    }

    /** The TOTP code of one time step. */
    static String code(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bearer token for a patient (no otp) or staff (otp computed from the fixture secret). */
    public String token(String email, boolean staffAccount) {
        String body = staffAccount
                ? "{\"email\":\"%s\",\"password\":\"%s\",\"otp\":\"%s\"}"
                        .formatted(email, PASSWORD, totp(secretOf(email)))
                : "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD);
        HttpResponse<String> response = http.post("/api/v1/auth/token", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher m = TOKEN.matcher(response.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The verification token from the last verification e-mail queued for the address. */
    String verificationToken(String email) {
        String body = jdbc.sql("""
                        select body from outbox_email
                        where recipient = :to and subject = 'Confirm your e-mail address for KetaPath'
                        order by created_at desc limit 1
                        """).param("to", email).query(String.class).single();
        Matcher m = VERIFY.matcher(body);
        assertThat(m.find()).as("a verification link in the e-mail").isTrue();
        return m.group(1);
    }
}
