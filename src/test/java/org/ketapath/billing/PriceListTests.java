package org.ketapath.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.MutableClock;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.support.Http;
import org.ketapath.support.WebClient;
import org.ketapath.workspace.ClinicWorld;
import org.ketapath.workspace.WorkspaceTestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The price list settings page (clinic admins change it, clinicians read it, others find nothing) and the
 * estimate API and provider page built from it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "ketapath.mail.sender.enabled=false",
            "spring.datasource.hikari.minimum-idle=2"
        })
@Import(WorkspaceTestConfiguration.class)
class PriceListTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Mfa mfa;

    @Autowired
    BookingService booking;

    @Autowired
    AssessmentApi assessments;

    @Autowired
    MutableClock clock;

    ClinicWorld world;
    Http http;

    @BeforeEach
    void world() {
        http = new Http(port);
        world = new ClinicWorld(jdbc, setup, accounts, mfa, booking, assessments, http, clock);
        BillingFixtures.verify(jdbc, world.clinic);
    }

    String[] priceForm(String infusion, String packagePrice) {
        return new String[] {
            "consultation", "0",
            "services[IV_INFUSION]", infusion,
            "packages[0].name", "Six IV infusions",
            "packages[0].service", "IV_INFUSION",
            "packages[0].sessions", "6",
            "packages[0].price", packagePrice,
            "packages[0].validDays", "90",
            "inclusions", "Pre-infusion check, the infusion and monitoring afterwards",
            "selfPay", "true",
            "hsaFsa", "true",
            "superbill", "true",
            "cancellationFee", "100",
            "noShowFee", "150",
            "taxId", "123456789",
            "organisationNpi", BillingFixtures.ORGANISATION_NPI,
            "ketamineNdc", "42023-113-10"
        };
    }

    @Test
    void shouldLetAClinicAdminSaveThePriceListAndShowTheCourseOnTheProviderPage() {
        WebClient web = new WebClient(port);
        world.signIn(web, world.admin());
        web.get("/clinic/" + world.clinic + "/settings/prices");
        HttpResponse<String> saved =
                web.post("/clinic/" + world.clinic + "/settings/prices", priceForm("550", "3,000"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        Document page = Jsoup.parse(
                web.get("/clinic/" + world.clinic + "/settings/prices").body());
        assertThat(page.select("[role=status]").text()).contains("saved");
        assertThat(page.getElementById("taxId").val()).isEqualTo("12-3456789");
        assertThat(page.getElementById("ketamineNdc").val()).isEqualTo("42023-0113-10");
        assertThat(page.getElementById("packages-0-price").val()).isEqualTo("3000.00");

        Document provider = Jsoup.parse(http.get("/providers/" + world.clinic).body());
        assertThat(provider.select("#course-estimate h2").text())
                .isEqualTo("A typical course of 6 IV infusions: $3,000");
        assertThat(provider.select("#course-estimate tbody tr")).hasSize(2);
        assertThat(provider.select("#course-estimate").text())
                .contains("Consultation (free)", "Six IV infusions", "you save $300", "your plan's decision");
    }

    @Test
    void shouldNameEachWrongFieldBesideItAndKeepTheOldPrices() {
        WebClient web = new WebClient(port);
        world.signIn(web, world.admin());
        web.get("/clinic/" + world.clinic + "/settings/prices");
        web.post("/clinic/" + world.clinic + "/settings/prices", priceForm("550", "3000"));
        web.get("/clinic/" + world.clinic + "/settings/prices");
        String[] form = priceForm("five hundred", "-3");
        form[form.length - 3] = "1234567890"; // organisation NPI with a wrong check digit
        HttpResponse<String> refused = web.post("/clinic/" + world.clinic + "/settings/prices", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".error-summary h2").text()).isEqualTo("There is a problem");
        assertThat(page.select("#services-IV_INFUSION-error").text()).contains("IV infusion price");
        assertThat(page.getElementById("services-IV_INFUSION").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(page.select("#packages-0-price-error").text()).contains("Package 1");
        assertThat(page.select("#organisationNpi-error").text()).contains("check digit");
        JsonNode estimate =
                JSON.readTree(http.get("/api/v1/providers/" + world.clinic + "/estimate?service=IV_INFUSION&sessions=1")
                        .body());
        assertThat(estimate.get("totalUsd").decimalValue()).isEqualByComparingTo("550");
    }

    @Test
    void shouldNeverAnswer500ToAHostileSettingsForm() {
        WebClient web = new WebClient(port);
        world.signIn(web, world.admin());
        web.get("/clinic/" + world.clinic + "/settings/prices");
        for (String[] form : new String[][] {
            {"packages[500].name", "x"},
            {"packages[-1].name", "x"},
            {"services[NOT_A_SERVICE]", "5"},
            {"selfPay", "perhaps"},
            {"consultation", "1".repeat(5000)},
            {"packages[0].sessions", "99999999999999999999", "packages[0].name", "P", "packages[0].price", "1"}
        }) {
            HttpResponse<String> r = web.post("/clinic/" + world.clinic + "/settings/prices", form);
            assertThat(r.statusCode())
                    .as(String.join("=", form) + " " + r.body())
                    .isLessThan(500);
            web.get("/clinic/" + world.clinic + "/settings/prices");
        }
    }

    @Test
    void shouldShowTheSettingsReadOnlyToClinicians() {
        WebClient web = new WebClient(port);
        world.signIn(web, world.clinician());
        Document page = Jsoup.parse(
                web.get("/clinic/" + world.clinic + "/settings/prices").body());
        assertThat(page.select("fieldset[disabled]")).isNotEmpty();
        assertThat(page.text()).contains("Only clinic admins can change");
        assertThat(web.post("/clinic/" + world.clinic + "/settings/prices", priceForm("1", "1"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void shouldShowNothingToStaffOfAnotherClinic() {
        WebClient web = new WebClient(port);
        ClinicWorld.Staff other = world.staff(org.ketapath.identity.Role.CLINIC_ADMIN, java.util.UUID.randomUUID());
        world.signIn(web, other);
        assertThat(web.get("/clinic/" + world.clinic + "/settings/prices").statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldEstimateACourseWithThePackageAppliedWhenCheaper() {
        BillingFixtures.priceList(jdbc, world.clinic);
        HttpResponse<String> response =
                http.get("/api/v1/providers/" + world.clinic + "/estimate?service=IV_INFUSION&sessions=6");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode e = JSON.readTree(response.body());
        assertThat(e.get("totalUsd").decimalValue()).isEqualByComparingTo("3000");
        assertThat(e.get("packageApplied").get("name").asString()).isEqualTo("Six IV infusions");
        assertThat(e.get("lines")).hasSize(2);
        JsonNode pack = e.get("lines").get(1);
        assertThat(pack.get("description").asString()).contains("Six IV infusions");
        assertThat(pack.get("quantity").asInt()).isEqualTo(1);
        assertThat(pack.get("unitPriceUsd").decimalValue()).isEqualByComparingTo("3000");
        assertThat(pack.get("amountUsd").decimalValue()).isEqualByComparingTo("3000");
        assertThat(e.get("notes").toString()).contains("your plan's decision", "reimbursement varies");

        JsonNode four =
                JSON.readTree(http.get("/api/v1/providers/" + world.clinic + "/estimate?service=IV_INFUSION&sessions=4")
                        .body());
        assertThat(four.get("totalUsd").decimalValue()).isEqualByComparingTo("2200");
        assertThat(four.get("packageApplied").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "service=IV_INFUSION&sessions=0,sessions",
        "service=IV_INFUSION&sessions=51,sessions",
        "service=IV_INFUSION&sessions=six,sessions",
        "service=IV_INFUSION,sessions",
        "service=SURGERY&sessions=6,service",
        "sessions=6,service",
        "service=AT_HOME_SESSION&sessions=6,service"
    })
    void shouldAnswer400NamingTheBadParameter(String query, String field) {
        BillingFixtures.priceList(jdbc, world.clinic);
        HttpResponse<String> response = http.get("/api/v1/providers/" + world.clinic + "/estimate?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(JSON.readTree(response.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo(field);
    }

    @Test
    void shouldAnswer404ForAnUnknownOrUnverifiedProvider() {
        assertThat(http.get("/api/v1/providers/" + java.util.UUID.randomUUID()
                                + "/estimate?service=IV_INFUSION&sessions=6")
                        .statusCode())
                .isEqualTo(404);
        jdbc.sql(
                        "update clinic set verification_status = 'PENDING', verified_by = null, verified_at = null where id = :id")
                .param("id", world.clinic)
                .update();
        assertThat(http.get("/api/v1/providers/" + world.clinic + "/estimate?service=IV_INFUSION&sessions=6")
                        .statusCode())
                .isEqualTo(404);
    }
}
