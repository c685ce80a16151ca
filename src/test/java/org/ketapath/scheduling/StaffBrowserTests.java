package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff calendar (day and week) and the schedule settings in Chromium at 360 px and 1280 px: axe-core finds
 * no serious or critical violation, screenshots go to target/screenshots, and a visit is checked in with the
 * keyboard only (Tab to its button, Enter).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "spring.datasource.hikari.minimum-idle=2",
            "ketapath.mail.sender.enabled=false"
        })
@Import(SchedulingTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.springframework.test.annotation.DirtiesContext
class StaffBrowserTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 15);
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    static final String PASSWORD = "a-long-test-passphrase";

    @LocalServerPort
    int port;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Mfa mfa;

    @Autowired
    BookingService booking;

    @Autowired
    MutableClock clock;

    Browser browser;
    UUID clinic;
    UUID appointment;
    String email;

    @BeforeAll
    void startBrowserAndBookAVisit() {
        browser = Browser.start();
        clock.set(SchedulingTestConfiguration.START);
        ScheduleSetup.ClinicSetup s = TestClinics.standard(2);
        clinic = TestClinics.create(jdbc, setup, s);
        Instant nine = DAY.atTime(9, 0).atZone(ZoneId.of("America/New_York")).toInstant();
        appointment = booking.book(
                        UUID.randomUUID(),
                        new BookingService.BookingRequest(clinic, ServiceType.IV_INFUSION, nine, null, null),
                        "browser",
                        "h")
                .appointment()
                .id();
        email = "clinic-admin-" + UUID.randomUUID() + "@staff.test";
        UUID admin = accounts.create(email, PASSWORD, Role.CLINIC_ADMIN, List.of(clinic));
        mfa.enrolWithSecret(admin, SECRET);
        // the day of the visit, half an hour before it: check-in is offered from an hour before the start
        clock.set(DAY.atTime(8, 30).atZone(ZoneId.of("America/New_York")).toInstant());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    void open(String path) {
        browser.driver().get("http://127.0.0.1:" + port + path);
    }

    void signIn() throws Exception {
        open("/sign-in");
        browser.driver().findElement(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        browser.driver().findElement(By.id("password")).submit();
        browser.waitForUrl("/sign-in/otp");
        // identity checks the code against the application's clock, which the test holds still
        String code = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                .generate(SECRET, clock.instant().getEpochSecond() / 30);
        browser.driver().findElement(By.id("code")).sendKeys(code);
        browser.driver().findElement(By.id("code")).submit();
        browser.waitFor(By.linkText("My account"));
    }

    @Test
    void calendar_and_settings_are_accessible_at_both_widths_and_check_in_works_from_the_keyboard() throws Exception {
        signIn();
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            open("/clinic/" + clinic + "/calendar?date=" + DAY);
            browser.waitForHeading("Calendar: Tuesday, December 15, 2026");
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("staff-calendar-day-" + width);

            open("/clinic/" + clinic + "/calendar?view=week&date=" + DAY);
            browser.waitForHeading("Week of December 14, 2026");
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("staff-calendar-week-" + width);

            open("/clinic/" + clinic + "/settings");
            browser.waitForHeading("Schedule settings");
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("staff-schedule-settings-" + width);
        }

        // A field error on the settings page is accessible too.
        WebElement main = browser.driver().findElement(By.id("IV_INFUSION-main"));
        main.clear();
        main.sendKeys("300");
        main.submit();
        browser.waitFor(By.id("IV_INFUSION-main-error"));
        assertThat(browser.driver().findElement(By.id("IV_INFUSION-main")).getAttribute("aria-describedby"))
                .isEqualTo("IV_INFUSION-main-error");
        browser.assertNoSeriousAccessibilityViolations();
        browser.screenshot("staff-schedule-settings-error-1280");

        // Keyboard only: from the top of the day view, Tab to the visit's "Check in" button and press Enter.
        open("/clinic/" + clinic + "/calendar?date=" + DAY);
        browser.waitForHeading("Calendar: Tuesday, December 15, 2026");
        WebElement target = browser.driver()
                .findElement(By.xpath("//table[contains(@class, 'day-grid')]//form[contains(@action, '/appointments/"
                        + appointment + "/check-in')]/button"));
        boolean reached = false;
        for (int i = 0; i < 60 && !reached; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            reached = target.equals(browser.driver().switchTo().activeElement());
        }
        assertThat(reached).as("the Check in button is reachable with Tab").isTrue();
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitFor(By.xpath("//p[@role='status' and text()='Visit marked checked in.']"));
        assertThat(jdbc.sql("select status from appointment where id = :id")
                        .param("id", appointment)
                        .query(String.class)
                        .single())
                .isEqualTo("CHECKED_IN");
        browser.assertNoSeriousAccessibilityViolations();
        browser.screenshot("staff-calendar-checked-in-1280");
    }
}
