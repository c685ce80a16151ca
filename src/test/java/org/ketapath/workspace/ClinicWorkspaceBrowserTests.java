package org.ketapath.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.PatientDetails;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.MutableClock;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.scheduling.domain.ServiceDefinition;
import org.ketapath.shared.Npi;
import org.ketapath.support.Http;
import org.ketapath.support.TestAssessments;
import org.ketapath.support.WebClient;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clinic workspace end to end in Chromium: a new clinic joins and enrols its admin's authenticator, a
 * platform admin verifies it, its admin invites a clinician who accepts, a patient books and shares her
 * assessment, and on the day the clinician reads her chart, reviews her intake and checks her in from the day
 * grid. Every workspace page is checked with axe-core at 360 px and 1280 px and photographed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "ketapath.mail.sender.enabled=false",
            "spring.datasource.hikari.minimum-idle=2"
        })
@Import(WorkspaceTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicWorkspaceBrowserTests {

    static final String PASSWORD = "a-long-test-passphrase";
    static final Pattern INVITATION = Pattern.compile("https?://\\S+(/invitations/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Mfa mfa;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    AssessmentApi assessments;

    @Autowired
    MutableClock clock;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        clock.set(WorkspaceTestConfiguration.START);
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_new_clinic_joins_is_verified_invites_a_clinician_who_reviews_a_shared_intake_and_checks_the_patient_in() {
        String clinicName =
                "Calm Harbor Ketamine " + UUID.randomUUID().toString().substring(0, 4);
        String adminEmail = "owner-" + UUID.randomUUID() + "@calmharbor.test";
        browser.resize(1280, 900);

        // 1. The clinic joins and its admin sets up the authenticator at once.
        open("/clinics/join");
        browser.waitForHeading("List your clinic");
        checkBothWidths("workspace-join");
        type("email", adminEmail);
        type("password", PASSWORD);
        type("confirm", PASSWORD);
        type("name", clinicName);
        type("phone", "215-555-0142");
        type("notificationEmail", "frontdesk@calmharbor.test");
        click(By.id("modality-IV_INFUSION"));
        click(By.id("condition-MIGRAINE"));
        click(By.id("condition-DEPRESSION"));
        type("street", "100 Harbor Street");
        type("city", "Philadelphia");
        new Select(browser.driver().findElement(By.id("state"))).selectByValue("PA");
        type("zip", "19107");
        type("practitioners-0-npi", freshNpi());
        type("practitioners-0-givenName", "Rosalind");
        type("practitioners-0-familyName", "Franklin");
        type("practitioners-0-credentials", "MD");
        new Select(browser.driver().findElement(By.id("practitioners-0-licenceState"))).selectByValue("PA");
        type("practitioners-0-licenceNumber", "MD445566");
        browser.driver()
                .executeScript(
                        "arguments[0].value = '2028-06-30'",
                        browser.driver().findElement(By.id("practitioners-0-licenceExpires")));
        browser.driver().findElement(By.id("name")).submit();
        browser.waitForUrl("/sign-in/enrol");
        enrol("workspace-join-enrol");
        browser.waitForUrl("/clinic/");
        UUID clinic = UUID.fromString(browser.driver().getCurrentUrl().replaceAll(".*/clinic/([0-9a-f-]{36}).*", "$1"));
        assertThat(text("main")).contains(clinicName, "waiting for verification");
        checkBothWidths("workspace-home-pending");

        // 2. The clinic admin invites a clinician.
        open("/clinic/" + clinic + "/staff");
        browser.waitForHeading("Staff");
        String clinicianEmail = "clinician-" + UUID.randomUUID() + "@calmharbor.test";
        type("email", clinicianEmail);
        browser.driver().findElement(By.id("email")).submit();
        browser.waitFor(By.xpath("//p[@role='status' and starts-with(text(), 'Invitation sent')]"));
        checkBothWidths("workspace-staff");
        signOut();

        // 3. A platform admin verifies the clinic and its licence.
        String adminOfPlatform = "platform-" + UUID.randomUUID() + "@ketapath.test";
        UUID platform = accounts.create(adminOfPlatform, PASSWORD, Role.PLATFORM_ADMIN, List.of());
        String platformSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        mfa.enrolWithSecret(platform, platformSecret);
        signInStaff(adminOfPlatform, platformSecret);
        browser.waitForUrl("/admin/verification");
        click(By.cssSelector("form[action='/admin/verification/clinics/" + clinic + "'] button[value=VERIFIED]"));
        browser.waitForUrl("/admin/verification");
        for (UUID licence : jdbc.sql("select id from licence where clinic_id = :c")
                .param("c", clinic)
                .query(UUID.class)
                .list()) {
            click(By.cssSelector("form[action='/admin/verification/licences/" + licence + "'] button[value=VERIFIED]"));
            browser.waitForUrl("/admin/verification");
        }
        assertThat(jdbc.sql("select verification_status from clinic where id = :c")
                        .param("c", clinic)
                        .query(String.class)
                        .single())
                .isEqualTo("VERIFIED");
        signOut();
        openSchedule(clinic);

        // 4. The clinician accepts the invitation: password, then the authenticator.
        String mail = jdbc.sql("select body from outbox_email where recipient = :to")
                .param("to", clinicianEmail)
                .query(String.class)
                .single();
        Matcher link = INVITATION.matcher(mail);
        assertThat(link.find()).isTrue();
        open(link.group(1));
        browser.waitForHeading("Join " + clinicName);
        checkBothWidths("workspace-invitation");
        type("password", PASSWORD);
        type("confirm", PASSWORD);
        browser.driver().findElement(By.id("confirm")).submit();
        browser.waitForUrl("/sign-in/enrol");
        String clinicianSecret = enrol("workspace-invitation-enrol");
        browser.waitForUrl("/clinic/" + clinic);
        signOut();

        // 5. A patient books a free consultation and shares her assessment.
        UUID ada = accounts.createVerifiedPatient(
                "ada-" + UUID.randomUUID() + "@patients.test",
                PASSWORD,
                new PatientDetails(
                        "Ada", "Lovelace", java.time.LocalDate.of(1985, 12, 10), "19107", "+1 215 555 0199"));
        String assessment = TestAssessments.take(new Http(port));
        assertThat(assessments.attachToAccount(assessment, ada)).isTrue();
        String adaEmail = jdbc.sql("select email from account where id = :id")
                .param("id", ada)
                .query(String.class)
                .single();
        open("/sign-in");
        type("email", adaEmail);
        type("password", PASSWORD);
        browser.driver().findElement(By.id("password")).submit();
        browser.waitForUrl("/account");
        open("/providers/" + clinic + "/book?assessment=" + assessment);
        WebElement slot = browser.driver().findElements(By.cssSelector("button[name=start]")).stream()
                .filter(b -> String.valueOf(b.getAttribute("value")).startsWith("2026-12-02"))
                .findFirst()
                .orElseThrow();
        slot.click();
        browser.waitForUrl("/appointments/");
        UUID appointment = jdbc.sql("select id from appointment where patient_id = :p")
                .param("p", ada)
                .query(UUID.class)
                .single();
        Instant start = jdbc.sql("select lower(period) from appointment where id = :id")
                .param("id", appointment)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        signOut();

        // 6. On the day, half an hour before: the clinician reads the chart, reviews the intake, checks her in.
        clock.set(start.minus(Duration.ofMinutes(30)));
        signInStaff(clinicianEmail, clinicianSecret);
        browser.waitForUrl("/clinic/" + clinic);
        assertThat(text(".visit-list")).contains("Ada Lovelace", "Free consultation", "Booked");
        assertThat(text("section[aria-labelledby=review-heading]")).contains("Ada Lovelace");
        checkBothWidths("workspace-home-today");

        click(By.linkText("Ada Lovelace"));
        browser.waitForHeading("Ada Lovelace");
        assertThat(text("main")).contains("+1 215 555 0199", "Awaiting review", "PHQ-9");
        checkBothWidths("workspace-chart");

        click(By.partialLinkText("Review this intake"));
        browser.waitForHeading("Intake of Ada Lovelace");
        checkBothWidths("workspace-intake");
        click(By.id("decision-PROCEED"));
        browser.driver().findElement(By.id("note")).submit();
        browser.waitFor(By.xpath("//p[@role='status' and starts-with(text(), 'Your decision is saved')]"));
        assertThat(text("main")).contains("Decision in force", "Proceed");
        checkBothWidths("workspace-intake-reviewed");

        click(By.linkText("Calendar"));
        browser.waitForUrl("/calendar");
        checkBothWidths("workspace-calendar-day");
        browser.resize(1280, 900);
        click(By.cssSelector(".day-grid form[action*='/appointments/" + appointment + "/check-in'] button"));
        browser.waitFor(By.xpath("//p[@role='status' and text()='Visit marked checked in.']"));
        assertThat(text(".day-grid")).contains("Ada Lovelace", "Checked in");
        assertThat(browser
                        .driver()
                        .findElements(
                                By.cssSelector(".day-grid form[action*='/appointments/" + appointment + "/'] button"))
                        .stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("Start");
        checkBothWidths("workspace-calendar-checked-in");
        open("/clinic/" + clinic + "/calendar?view=week");
        browser.waitForUrl("view=week");
        checkBothWidths("workspace-calendar-week");
    }

    /**
     * A new clinic's schedule, filled in here instead of through the settings pages (which have tests of their
     * own): every day 9 AM to 5 PM, its practitioner on shift, two chairs at its location. It replaces the empty
     * schedule the clinic got when it joined.
     */
    private void openSchedule(UUID clinic) {
        jdbc.sql("delete from schedule_settings where clinic_id = :c")
                .param("c", clinic)
                .update();
        UUID practitioner = jdbc.sql("select id from practitioner where clinic_id = :c")
                .param("c", clinic)
                .query(UUID.class)
                .single();
        UUID location = jdbc.sql("select id from clinic_location where clinic_id = :c")
                .param("c", clinic)
                .query(UUID.class)
                .single();
        setup.create(new ScheduleSetup.ClinicSetup(
                clinic,
                ClinicWorld.NEW_YORK,
                List.of(
                        new ServiceDefinition(ServiceType.FREE_CONSULT, 0, 30, 0, 0, 0),
                        new ServiceDefinition(ServiceType.IV_INFUSION, 10, 45, 30, 0, 15)),
                List.of(java.time.DayOfWeek.values()),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                List.of(practitioner),
                List.of(practitioner),
                2,
                120,
                location));
    }

    /** Enrols the authenticator on the enrolment page; returns the secret it showed. */
    private String enrol(String screenshot) {
        String secret =
                browser.driver().findElement(By.cssSelector("code.secret")).getText();
        browser.assertNoSeriousAccessibilityViolations();
        browser.screenshot(screenshot + "-1280");
        clock.advance(Duration.ofSeconds(31)); // each code is accepted once: use the next step's
        type("code", WebClient.totp(secret, clock.instant()));
        browser.driver().findElement(By.id("code")).submit();
        browser.waitFor(By.cssSelector("a.button"));
        click(By.cssSelector("a.button"));
        return secret;
    }

    private void signInStaff(String email, String secret) {
        open("/sign-in");
        type("email", email);
        type("password", PASSWORD);
        browser.driver().findElement(By.id("password")).submit();
        browser.waitForUrl("/sign-in/otp");
        clock.advance(Duration.ofSeconds(31)); // each code is accepted once: use the next step's
        type("code", WebClient.totp(secret, clock.instant()));
        browser.driver().findElement(By.id("code")).submit();
    }

    private void signOut() {
        browser.driver().findElements(By.xpath("//button[text()='Sign out']")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitForUrl("signed-out");
    }

    private void checkBothWidths(String name) {
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot(name + "-" + width);
        }
    }

    private void open(String path) {
        browser.driver().get("http://127.0.0.1:" + port + path);
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void click(By locator) {
        browser.waitFor(locator);
        WebElement element = browser.driver().findElements(locator).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(browser.driver().findElement(locator));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private static String freshNpi() {
        String nine = String.format("%09d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
        return nine + Npi.checkDigit(nine);
    }
}
