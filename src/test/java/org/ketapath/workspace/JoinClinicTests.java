package org.ketapath.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.scheduling.MutableClock;
import org.ketapath.shared.Npi;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;
import org.ketapath.support.Http;
import org.ketapath.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A clinic joins the platform (API and page): its admin gets an authenticator at once, its location is placed at
 * its ZIP code's centroid or a corrected pin near it, practitioners are checked by NPI check digit and filled from
 * imported NPPES data, and it stays PENDING (invisible to patients) until verified; duplicates are clear errors
 * and nothing is half-written.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "ketapath.mail.sender.enabled=false",
            "spring.datasource.hikari.minimum-idle=2"
        })
@Import(WorkspaceTestConfiguration.class)
class JoinClinicTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ZipCentroids zips;

    @Autowired
    MutableClock clock;

    Http http;

    @BeforeEach
    void connect() {
        clock.set(WorkspaceTestConfiguration.START);
        http = new Http(port);
    }

    /** A valid NPI nobody has used in this test run. */
    static String freshNpi() {
        String nine = String.format("%09d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
        return nine + Npi.checkDigit(nine);
    }

    static String application(String email, String name, String npi, String location) {
        return """
                {"admin":{"email":"%s","password":"a-long-test-passphrase"},
                 "clinic":{"name":"%s","phone":"215-555-0199","website":"https://calm.example.org",
                   "timezone":"America/New_York","notificationEmail":"frontdesk@calm.example.org",
                   "modalities":["IV_INFUSION"],"conditions":["MIGRAINE","DEPRESSION"]},
                 "locations":[%s],
                 "practitioners":[{"npi":"%s","licences":[{"state":"PA","number":"MD123456","type":"MD",
                   "expiresOn":"2028-06-30"}]}],
                 "prices":[{"kind":"INFUSION","label":"IV infusion","amountUsd":450.00}]}
                """.formatted(email, name, location, npi);
    }

    static final String PHILADELPHIA =
            "{\"street\":\"1 Calm Street\",\"city\":\"Philadelphia\",\"state\":\"PA\",\"zip\":\"19107\"}";

    void knownToNppes(String npi) {
        jdbc.sql("""
                        insert into nppes_identity (npi, given_name, family_name, credentials, taxonomy_code, licences,
                            source_file, imported_at)
                        values (:npi, 'Rosalind', 'Franklin', 'MD', '207RP1001X',
                            '[{"state":"NJ","number":"25MA0001","taxonomy":"207RP1001X","slot":1}]', 'npidata_test.csv', now())
                        """).param("npi", npi).update();
    }

    @Test
    void a_clinic_joins_pending_with_its_admin_enrolled_at_once_and_practitioners_filled_from_nppes() {
        String npi = freshNpi();
        knownToNppes(npi);
        String email = "admin-" + UUID.randomUUID() + "@calm.example.org";

        HttpResponse<String> response = http.post(
                "/api/v1/clinics", application(email, "Calm Ketamine " + UUID.randomUUID(), npi, PHILADELPHIA));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode joined = JSON.readTree(response.body());
        UUID clinic = UUID.fromString(joined.path("clinicId").asString());
        assertThat(joined.path("status").asString()).isEqualTo("PENDING");
        assertThat(joined.path("recoveryCodes")).hasSize(10);
        assertThat(joined.path("otpauthUri").asString()).startsWith("otpauth://totp/");

        HttpResponse<String> token = http.post(
                "/api/v1/auth/token",
                "{\"email\":\"%s\",\"password\":\"a-long-test-passphrase\",\"otp\":\"%s\"}"
                        .formatted(
                                email, WebClient.totp(joined.path("totpSecret").asString(), clock.instant())));
        assertThat(token.statusCode()).as("the authenticator works at once").isEqualTo(200);

        assertThat(http.get("/api/v1/providers/" + clinic).statusCode())
                .as("invisible to patients until verified")
                .isEqualTo(404);
        assertThat(jdbc.sql("select verification_status from clinic where id = :id")
                        .param("id", clinic)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
        var centroid = zips.get(new ZipCode("19107"));
        assertThat(jdbc.sql("select latitude from clinic_location where clinic_id = :id")
                        .param("id", clinic)
                        .query(Double.class)
                        .single())
                .isEqualTo(centroid.latitude());
        assertThat(jdbc.sql("select given_name || ' ' || family_name || ', ' || credentials || ' ' || taxonomy_code"
                                + " from practitioner where clinic_id = :id")
                        .param("id", clinic)
                        .query(String.class)
                        .single())
                .isEqualTo("Rosalind Franklin, MD 207RP1001X");
        assertThat(jdbc.sql(
                                "select state || ' ' || number || ' ' || status from licence where clinic_id = :id order by state")
                        .param("id", clinic)
                        .query(String.class)
                        .list())
                .containsExactly("NJ 25MA0001 PENDING", "PA MD123456 PENDING");
        assertThat(jdbc.sql("select notification_email from clinic where id = :id")
                        .param("id", clinic)
                        .query(String.class)
                        .single())
                .isEqualTo("frontdesk@calm.example.org");
    }

    @Test
    void the_pin_can_be_corrected_near_the_zip_code_but_not_far_from_it() {
        String near = "{\"street\":\"2 Calm Street\",\"city\":\"Philadelphia\",\"state\":\"PA\",\"zip\":\"19107\","
                + "\"latitude\":39.9526,\"longitude\":-75.1652}";
        HttpResponse<String> ok = http.post(
                "/api/v1/clinics",
                application("a-" + UUID.randomUUID() + "@x.test", "Pin " + UUID.randomUUID(), freshNpi(), near)
                        .replace("\"licences\"", "\"givenName\":\"Ada\",\"familyName\":\"Byron\",\"licences\""));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        UUID clinic = UUID.fromString(JSON.readTree(ok.body()).path("clinicId").asString());
        assertThat(jdbc.sql("select latitude from clinic_location where clinic_id = :id")
                        .param("id", clinic)
                        .query(Double.class)
                        .single())
                .isEqualTo(39.9526);

        String far = near.replace("39.9526", "40.7128").replace("-75.1652", "-74.0060");
        String email = "far-" + UUID.randomUUID() + "@x.test";
        HttpResponse<String> refused = http.post(
                "/api/v1/clinics",
                application(email, "Far " + UUID.randomUUID(), freshNpi(), far)
                        .replace("\"licences\"", "\"givenName\":\"Ada\",\"familyName\":\"Byron\",\"licences\""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"locations[0].latitude\"", "more than 25 miles");
        assertThat(jdbc.sql("select count(*) from account where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .as("nothing half-written")
                .isZero();
    }

    @Test
    void a_wrong_npi_a_duplicate_npi_and_the_same_name_at_the_same_address_are_clear_errors() {
        String name = "Duplicate Clinic " + UUID.randomUUID();
        String npi = freshNpi();
        knownToNppes(npi);
        assertThat(http.post(
                                "/api/v1/clinics",
                                application("d1-" + UUID.randomUUID() + "@x.test", name, npi, PHILADELPHIA))
                        .statusCode())
                .isEqualTo(201);

        String wrongDigit = npi.substring(0, 9) + ((npi.charAt(9) - '0' + 1) % 10);
        HttpResponse<String> wrong = http.post(
                "/api/v1/clinics",
                application("d2-" + UUID.randomUUID() + "@x.test", "Other", wrongDigit, PHILADELPHIA));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"practitioners[0].npi\"", "check digit");

        HttpResponse<String> sameNpi = http.post(
                "/api/v1/clinics",
                application("d3-" + UUID.randomUUID() + "@x.test", "Other " + UUID.randomUUID(), npi, PHILADELPHIA));
        assertThat(sameNpi.statusCode()).isEqualTo(409);
        assertThat(sameNpi.body()).contains("\"field\":\"practitioners[0].npi\"", "already listed");

        String other = freshNpi();
        knownToNppes(other);
        HttpResponse<String> sameAddress = http.post(
                "/api/v1/clinics",
                application(
                        "d4-" + UUID.randomUUID() + "@x.test",
                        name.toUpperCase(),
                        other,
                        PHILADELPHIA.replace("1 Calm Street", "1 Calm Street.")));
        assertThat(sameAddress.statusCode()).isEqualTo(409);
        assertThat(sameAddress.body()).contains("\"field\":\"name\"", "already listed at this address");

        HttpResponse<String> empty = http.post("/api/v1/clinics", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"admin\"", "\"field\":\"clinic\"", "\"field\":\"locations\"");
    }

    @Test
    void on_the_website_a_clinic_joins_and_its_admin_sets_up_the_authenticator_next() {
        WebClient web = new WebClient(port);
        Document form = Jsoup.parse(web.get("/clinics/join").body());
        assertThat(form.select("h1").text()).isEqualTo("List your clinic");

        String email = "web-" + UUID.randomUUID() + "@calm.example.org";
        String npi = freshNpi();
        knownToNppes(npi);
        HttpResponse<String> errors = web.post(
                "/clinics/join",
                "email",
                email,
                "password",
                "a-long-test-passphrase",
                "confirm",
                "a-long-test-passphrase",
                "name",
                "Web Clinic " + UUID.randomUUID(),
                "phone",
                "215-555-0100",
                "timezone",
                "America/New_York",
                "notificationEmail",
                "desk@calm.example.org",
                "street",
                "5 Web Street",
                "city",
                "Philadelphia",
                "state",
                "PA",
                "zip",
                "19107",
                "practitioners[0].npi",
                "1234567890");
        assertThat(errors.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(errors.body());
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#practitioners-0-npi");
        assertThat(page.select("#practitioners-0-npi-error").text()).startsWith("The NPI is not a valid NPI");
        assertThat(page.select("#practitioners-0-npi").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#name").val()).startsWith("Web Clinic");

        HttpResponse<String> joined = web.post(
                "/clinics/join",
                "email",
                email,
                "password",
                "a-long-test-passphrase",
                "confirm",
                "a-long-test-passphrase",
                "name",
                "Web Clinic " + UUID.randomUUID(),
                "phone",
                "215-555-0100",
                "timezone",
                "America/New_York",
                "notificationEmail",
                "desk@calm.example.org",
                "street",
                "5 Web Street",
                "city",
                "Philadelphia",
                "state",
                "PA",
                "zip",
                "19107",
                "modalities",
                "IV_INFUSION",
                "conditions",
                "MIGRAINE",
                "practitioners[0].npi",
                npi,
                "practitioners[0].licenceState",
                "PA",
                "practitioners[0].licenceNumber",
                "MD99",
                "practitioners[0].licenceExpires",
                "2028-01-31",
                "infusionPrice",
                "450");
        assertThat(web.location(joined)).as(joined.body()).isEqualTo("/sign-in/enrol");
        Document enrol = Jsoup.parse(web.get("/sign-in/enrol").body());
        String secret = enrol.select("code.secret").first().text();
        HttpResponse<String> codes = web.post("/sign-in/enrol", "code", WebClient.totp(secret, clock.instant()));
        assertThat(Jsoup.parse(codes.body()).select("a.button").attr("href")).isEqualTo("/clinic");
        String home = web.location(web.get("/clinic"));
        Document clinicHome = Jsoup.parse(web.get(home).body());
        assertThat(clinicHome.select("h1").text()).startsWith("Web Clinic");
        assertThat(clinicHome.select(".notice").text()).contains("waiting for verification");
        assertThat(web.get(home + "/calendar").statusCode())
                .as("an empty schedule to fill in")
                .isEqualTo(200);
        assertThat(web.get(home + "/settings").statusCode()).isEqualTo(200);
    }

    @Test
    void the_openapi_document_describes_every_workspace_endpoint() {
        String openapi = http.get("/api/v1/openapi.json").body();
        assertThat(openapi)
                .contains("\"/api/v1/clinics\"")
                .contains("/api/v1/clinics/{clinicId}/patients/{patientId}/chart")
                .contains("/api/v1/clinics/{clinicId}/intakes/{assessmentId}/review")
                .contains("/api/v1/clinics/{clinicId}/intakes/{assessmentId}\"")
                .contains("/api/v1/clinics/{clinicId}/staff/invitations/{invitationId}")
                .contains("/api/v1/clinics/{clinicId}/staff/{accountId}");
    }
}
