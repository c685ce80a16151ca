package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.DirectoryRows;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A patient manages their own account: details (phone as E.164), password, e-mail address (only once the new
 * address is confirmed), sharing with the clinics they booked with chosen by name, and a "who looked at my data"
 * report in sentences without ids or codes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountSelfServiceTests {

    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    /**
     * This class signs in wrongly on purpose from the loopback address that every test in the shared application
     * context uses; the address-wide back-off it builds up is cleared afterwards so that later classes in that
     * context start as they would on a fresh database (the per-account rows stay).
     */
    @org.junit.jupiter.api.AfterEach
    void clearTheAddressBackOff() {
        jdbc.sql("delete from sign_in_throttle where throttle_key like 'ip:%'").update();
    }

    Http http;
    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new IdentityFixtures(http, staff, mfa, jdbc);
    }

    String bearer(String email) {
        return "Bearer " + fixtures.token(email, false);
    }

    @Test
    void patch_me_changes_the_fields_given_and_stores_the_phone_as_e164() {
        String email = IdentityFixtures.uniqueEmail("patch");
        UUID id = fixtures.verifiedPatient(email);
        String auth = bearer(email);

        HttpResponse<String> changed = http.send(
                "PATCH",
                "/api/v1/patients/me",
                "{\"phone\":\"(215) 555-0134\",\"zip\":\"19107\",\"givenName\":\"Gracie\"}",
                "Authorization",
                auth);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"phone\":\"+12155550134\"").contains("\"givenName\":\"Gracie\"");
        assertThat(changed.body()).contains("\"familyName\":\"Hopper\"").contains("\"zip\":\"19107\"");
        assertThat(jdbc.sql("select phone from patient_profile where account_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("+12155550134");
    }

    @Test
    void a_bad_phone_is_a_400_naming_phone_and_nothing_changes() {
        String email = IdentityFixtures.uniqueEmail("badphone");
        UUID id = fixtures.verifiedPatient(email);

        HttpResponse<String> refused = http.send(
                "PATCH",
                "/api/v1/patients/me",
                "{\"phone\":\"12345\",\"givenName\":\"Changed\",\"zip\":\"00000\"}",
                "Authorization",
                bearer(email));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"phone\"").contains("\"field\":\"zip\"");
        assertThat(jdbc.sql("select given_name from patient_profile where account_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Grace");
    }

    @Test
    void the_password_changes_only_with_the_current_one_and_old_tokens_stop_working() {
        String email = IdentityFixtures.uniqueEmail("pw");
        fixtures.verifiedPatient(email);
        String auth = bearer(email);

        HttpResponse<String> wrong = http.post(
                "/api/v1/patients/me/password",
                "{\"currentPassword\":\"not-my-password-1\",\"newPassword\":\"a-brand-new-passphrase-7\"}",
                "Authorization",
                auth);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"currentPassword\"");
        HttpResponse<String> weak = http.post(
                "/api/v1/patients/me/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"password\"}".formatted(IdentityFixtures.PASSWORD),
                "Authorization",
                auth);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("\"field\":\"newPassword\"");

        HttpResponse<String> ok = http.post(
                "/api/v1/patients/me/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"a-brand-new-passphrase-7\"}"
                        .formatted(IdentityFixtures.PASSWORD),
                "Authorization",
                auth);
        assertThat(ok.statusCode()).isEqualTo(204);
        assertThat(http.get("/api/v1/patients/me", "Authorization", auth).statusCode())
                .isEqualTo(401);
        assertThat(http.post(
                                "/api/v1/auth/token",
                                "{\"email\":\"%s\",\"password\":\"a-brand-new-passphrase-7\"}".formatted(email))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_new_email_address_takes_effect_only_once_its_link_is_opened() {
        String email = IdentityFixtures.uniqueEmail("old");
        String newEmail = IdentityFixtures.uniqueEmail("new");
        fixtures.verifiedPatient(email);
        String auth = bearer(email);

        HttpResponse<String> asked = http.post(
                "/api/v1/patients/me/email",
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(newEmail, IdentityFixtures.PASSWORD),
                "Authorization",
                auth);
        assertThat(asked.statusCode()).isEqualTo(202);
        assertThat(http.get("/api/v1/patients/me", "Authorization", auth).body())
                .contains("\"email\":\"" + email + "\"");

        String link = new Mailbox(http)
                .link(newEmail, "Confirm your new e-mail address for KetaPath", "/account/email/confirm");
        FormClient browser = new FormClient(port);
        Document page = Jsoup.parse(browser.get(link).body());
        assertThat(page.select("h1").text()).isEqualTo("Confirm your new e-mail address");
        String token = page.select("input[name=token]").val();
        HttpResponse<String> done = browser.post("/account/email/confirm", "token", token);
        assertThat(Jsoup.parse(done.body()).select("h1").text()).isEqualTo("Your e-mail address is changed");

        assertThat(http.get("/api/v1/patients/me", "Authorization", auth).body())
                .contains("\"email\":\"" + newEmail + "\"")
                .contains("\"emailVerified\":true");
        assertThat(new Mailbox(http).messages(email, "Your KetaPath e-mail address was changed"))
                .hasSize(1);
        HttpResponse<String> reused = http.post("/api/v1/email-change", "{\"token\":\"" + token + "\"}");
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).contains("\"field\":\"token\"");
    }

    @Test
    void the_account_page_shows_errors_beside_their_fields() {
        String email = IdentityFixtures.uniqueEmail("page");
        fixtures.verifiedPatient(email);
        FormClient browser = signedIn(email);

        HttpResponse<String> response = browser.post(
                "/account/details", "givenName", "Grace", "familyName", "Hopper", "phone", "call me", "zip", "02139");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#phone").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#phone").attr("aria-describedby")).contains("phone-error");
        assertThat(page.select("#phone-error").text()).contains("must be a valid phone number");
        assertThat(page.select(".error-summary a[href=#phone]")).hasSize(1);
        assertThat(page.select("details.edit[open] #phone")).hasSize(1);
    }

    @Test
    void sharing_offers_the_booked_clinics_by_name_and_the_report_reads_as_sentences() {
        UUID clinic = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        DirectoryRows.clinics(jdbc, clinic, elsewhere);
        String clinicName = "Test Clinic " + clinic.toString().substring(0, 8);
        String email = IdentityFixtures.uniqueEmail("share");
        UUID patient = fixtures.verifiedPatient(email);
        appointment(clinic, patient);
        String clinicianEmail = IdentityFixtures.uniqueEmail("clinician");
        fixtures.staff(clinicianEmail, Role.CLINICIAN, clinic);
        FormClient browser = signedIn(email);

        Document account = Jsoup.parse(browser.get("/account").body());
        assertThat(account.select("select#clinicId option").eachText()).containsExactly(clinicName);
        assertThat(account.select("select#clinicId option").attr("value")).isEqualTo(clinic.toString());
        assertThat(account.select("input[name=clinicId]")).isEmpty();

        HttpResponse<String> notBooked =
                browser.post("/account/consents", "clinicId", elsewhere.toString(), "scope", "DIARY");
        assertThat(notBooked.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(notBooked.body()).select("#clinicId-error").text())
                .contains("one of the clinics you booked with");
        assertThat(browser.post("/account/consents", "clinicId", clinic.toString(), "scope", "ASSESSMENT_RESULTS")
                        .statusCode())
                .isEqualTo(302);
        Document shared = Jsoup.parse(browser.get("/account").body());
        assertThat(shared.select("#consents + p + div td[data-label=Clinic], td[data-label=Clinic]")
                        .text())
                .isEqualTo(clinicName);

        String staffToken = "Bearer " + fixtures.token(clinicianEmail, true);
        assertThat(http.get("/api/v1/clinics/" + clinic + "/patients/" + patient, "Authorization", staffToken)
                        .statusCode())
                .isEqualTo(200);

        Document report = Jsoup.parse(browser.get("/account/access-report").body());
        String main = report.select("main").text();
        assertThat(report.select("ol.access-report li").eachText())
                .anyMatch(
                        line -> line.matches(
                                Pattern.quote(clinicName)
                                        + " \\(clinician\\) viewed your details on [A-Z][a-z]{2} [0-9]{1,2}, [0-9]{4}, [0-9]{1,2}:[0-9]{2} (AM|PM)\\."))
                .anyMatch(line -> line.startsWith("You started sharing your information with " + clinicName + " on "));
        assertThat(UUID_TEXT.matcher(main).find()).as("no ids in: %s", main).isFalse();
        assertThat(main)
                .doesNotContain("READ")
                .doesNotContain("SHARE")
                .doesNotContain("Consent ")
                .doesNotContain("SUCCESS");
    }

    @Test
    void the_openapi_document_lists_the_new_endpoints() {
        tools.jackson.databind.JsonNode paths = new tools.jackson.databind.ObjectMapper()
                .readTree(http.get("/api/v1/openapi.json").body())
                .get("paths");

        assertThat(paths.get("/api/v1/patients/me").has("patch")).isTrue();
        assertThat(paths.get("/api/v1/patients/me/password").has("post")).isTrue();
        assertThat(paths.get("/api/v1/patients/me/email").has("post")).isTrue();
        assertThat(paths.get("/api/v1/email-change").has("post")).isTrue();
        assertThat(paths.get("/api/v1/auth/password-reset").has("post")).isTrue();
        assertThat(paths.get("/api/v1/auth/password-reset/confirm").has("post")).isTrue();
    }

    FormClient signedIn(String email) {
        FormClient browser = new FormClient(port);
        browser.get("/sign-in");
        assertThat(browser.post("/sign-in", "email", email, "password", IdentityFixtures.PASSWORD)
                        .statusCode())
                .isEqualTo(302);
        browser.get("/account");
        return browser;
    }

    void appointment(UUID clinic, UUID patient) {
        UUID practitioner = UUID.randomUUID();
        jdbc.sql("""
                        insert into practitioner (id, clinic_id, given_name, family_name, npi)
                        values (:id, :clinic, 'Dana', 'Demo', '1234567893')
                        """).param("id", practitioner).param("clinic", clinic).update();
        jdbc.sql("""
                        insert into appointment (id, clinic_id, patient_id, practitioner_id, service, period, zone_id,
                            pre_minutes, main_minutes, post_minutes, created_at, updated_at)
                        values (:id, :clinic, :patient, :practitioner, 'FREE_CONSULT',
                                tstzrange(now() + interval '2 days', now() + interval '2 days 20 minutes'),
                                'America/New_York', 0, 20, 0, now(), now())
                        """)
                .param("id", UUID.randomUUID())
                .param("clinic", clinic)
                .param("patient", patient)
                .param("practitioner", practitioner)
                .update();
    }
}
