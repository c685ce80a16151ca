package org.ketapath.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The billing pages: the patient's superbills from My appointments, the staff's billing page from the chart
 * (coding, payments with receipts, issuing and correcting), errors named beside their fields, nothing for others.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "ketapath.mail.sender.enabled=false",
            "spring.datasource.hikari.minimum-idle=2"
        })
@Import(WorkspaceTestConfiguration.class)
class BillingPagesTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);

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
    BillingWorld billing;
    UUID grace;

    @BeforeEach
    void world() {
        Http http = new Http(port);
        world = new ClinicWorld(jdbc, setup, accounts, mfa, booking, assessments, http, clock);
        billing = new BillingWorld(jdbc, world, true);
        grace = world.patient("Grace", "Hopper");
    }

    @Test
    void shouldLetThePatientGetASuperbillFromMyAppointmentsAndDownloadIt() {
        billing.infusion(grace, NOV_3, 60, "35");
        WebClient web = new WebClient(port);
        web.signIn(world.emailOf(grace), ClinicWorld.PASSWORD);
        Document appointments = Jsoup.parse(web.get("/appointments").body());
        assertThat(appointments.select("a[href=/superbills]").text()).contains("Superbills");
        Document page = Jsoup.parse(web.get("/superbills").body());
        assertThat(page.select("h1").text()).isEqualTo("Superbills and receipts");

        HttpResponse<String> missing = web.post(
                "/superbills",
                "from",
                "2026-11-01",
                "to",
                "2026-11-30",
                "street",
                "",
                "city",
                "",
                "state",
                "",
                "zip",
                "");
        Document refused = Jsoup.parse(missing.body());
        assertThat(refused.select(".error-summary").text()).contains("postal address");
        assertThat(refused.select("#street-error").text()).contains("postal address");

        web.get("/superbills");
        HttpResponse<String> issued = web.post(
                "/superbills",
                "from",
                "2026-11-01",
                "to",
                "2026-11-30",
                "street",
                "12 Elm Street",
                "city",
                "Cherry Hill",
                "state",
                "NJ",
                "zip",
                "08002",
                "memberId",
                "XYZ123");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(302);
        Document list = Jsoup.parse(web.get("/superbills").body());
        assertThat(list.select("[role=status]").text()).contains("is ready");
        String pdfLink = list.select(".superbills a").attr("href");
        assertThat(pdfLink).matches("/superbills/[0-9a-f-]{36}\\.pdf");
        assertThat(list.select(".superbills").text()).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}");
        HttpResponse<String> pdf = web.get(pdfLink);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        UUID ada = world.patient("Ada", "Lovelace");
        WebClient other = new WebClient(port);
        other.signIn(world.emailOf(ada), ClinicWorld.PASSWORD);
        assertThat(other.get(pdfLink).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldLetStaffCodeAVisitRecordAPaymentIssueAndCorrectFromTheChart() {
        UUID visit = billing.infusion(grace, NOV_3, 60, "35");
        billing.address(grace);
        WebClient web = new WebClient(port);
        world.signIn(web, world.clinician());
        String base = "/clinic/" + world.clinic + "/patients/" + grace;
        Document chart = Jsoup.parse(web.get(base).body());
        assertThat(chart.select("a[href=" + base + "/billing]").text()).contains("superbills");

        web.get(base + "/billing");
        Document wrongCode = Jsoup.parse(
                web.post(base + "/billing/visits/" + visit + "/coding", "emCode", "99213", "diagnoses", "G43.7")
                        .body());
        assertThat(wrongCode.select("#coding-" + visit + "-diagnoses-error").text())
                .contains("not a billable code");

        web.get(base + "/billing");
        assertThat(web.post(base + "/billing/visits/" + visit + "/coding", "emCode", "99213", "diagnoses", "F33.1")
                        .statusCode())
                .isEqualTo(302);

        web.get(base + "/billing");
        Document badPayment = Jsoup.parse(web.post(
                        base + "/billing/payments",
                        "appointmentId",
                        visit.toString(),
                        "paidOn",
                        "2026-11-03",
                        "amount",
                        "-5",
                        "method",
                        "CARD",
                        "reference",
                        "")
                .body());
        assertThat(badPayment.select("#payment-amount-error").text()).contains("Amount");
        Document cardNumber = Jsoup.parse(web.post(
                        base + "/billing/payments",
                        "appointmentId",
                        visit.toString(),
                        "paidOn",
                        "2026-11-03",
                        "amount",
                        "550",
                        "method",
                        "CARD",
                        "reference",
                        "4111 1111 1111 1111")
                .body());
        assertThat(cardNumber.select("#payment-reference-error").text()).contains("card number");
        web.get(base + "/billing");
        assertThat(web.post(
                                base + "/billing/payments",
                                "appointmentId",
                                visit.toString(),
                                "paidOn",
                                "2026-11-03",
                                "amount",
                                "550.00",
                                "method",
                                "HSA_FSA_CARD",
                                "reference",
                                "Terminal 7 #0012")
                        .statusCode())
                .isEqualTo(302);
        Document page = Jsoup.parse(web.get(base + "/billing").body());
        assertThat(page.select("[role=status]").text()).contains("receipt R-");
        String receipt = page.select("a[href^=/receipts/]").attr("href");
        Document receiptPage = Jsoup.parse(web.get(receipt).body());
        assertThat(receiptPage.text())
                .contains("Grace Hopper", "$550.00", "HSA/FSA card", "Terminal 7 #0012", "Nov 3, 2026");
        assertThat(receiptPage.text()).doesNotContain("HSA_FSA_CARD");
        assertThat(web.get(receipt + ".pdf").body()).startsWith("%PDF");

        assertThat(web.post(base + "/billing/superbills", "from", "2026-11-01", "to", "2026-11-30")
                        .statusCode())
                .isEqualTo(302);
        page = Jsoup.parse(web.get(base + "/billing").body());
        assertThat(page.select(".superbill-row").text()).contains("SB-2026-", "$550.00");
        String correction = page.select(".superbill-row form").attr("action");
        assertThat(web.post(correction, "reason", "Added a diagnosis").statusCode())
                .isEqualTo(302);
        page = Jsoup.parse(web.get(base + "/billing").body());
        assertThat(page.select(".superbill-row")).hasSize(2);
        assertThat(page.text()).contains("version 2", "corrected by a later version");
        assertThat(page.select("main").text()).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");

        WebClient otherClinic = new WebClient(port);
        world.signIn(otherClinic, world.staff(org.ketapath.identity.Role.CLINICIAN, UUID.randomUUID()));
        assertThat(otherClinic.get(base + "/billing").statusCode()).isEqualTo(404);
        assertThat(otherClinic.get(receipt).statusCode()).isEqualTo(404);
    }
}
