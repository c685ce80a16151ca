package org.ketapath.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A demo patient keeps the diary and reads their outcomes in Chromium: one tap for today, the day form and its
 * errors, the month, the outcomes with charts; axe-core on each page at 360 and 1280 px, screenshots kept.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ketapath.demo-data=true", "ketapath.outcomes.reminders.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class OutcomesBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void open(String path) {
        browser.driver().get("http://127.0.0.1:" + port + path);
    }

    private void check(String name) {
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("outcomes-" + name + "-" + width);
        }
    }

    private String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    @Test
    void aPatientKeepsTheDiaryAndReadsTheirOutcomes() {
        open("/sign-in");
        browser.driver().findElement(By.id("email")).sendKeys("patient1@demo.ketapath.test");
        browser.driver().findElement(By.id("password")).sendKeys("demo-password-1");
        browser.driver()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        browser.waitFor(By.tagName("h1"));

        open("/diary");
        assertThat(heading()).isEqualTo("Headache diary");
        check("diary");

        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='No headache today']"))
                .click();
        browser.waitFor(By.cssSelector("[role=status]"));
        assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText())
                .startsWith("Saved:");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("td[aria-current=date]"))
                        .getText())
                .contains("No headache");
        check("diary-saved");

        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        open("/diary/" + today);
        assertThat(heading()).startsWith("Your diary:");
        check("day");
        browser.driver().findElement(By.id("headache-yes")).click();
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Save this day']"))
                .click();
        browser.waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".error-summary"))
                        .getText())
                .contains("There is a problem")
                .contains("Worst pain");
        check("day-errors");

        browser.driver().findElement(By.id("peakPain-7")).click();
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("durationHours")))
                .selectByVisibleText("4 to 8 hours");
        browser.driver().findElement(By.id("pulsating")).click();
        browser.driver().findElement(By.id("unilateral")).click();
        browser.driver().findElement(By.id("nausea")).click();
        browser.driver().findElement(By.id("med0Name")).sendKeys("Imitrex 50 mg");
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Save this day']"))
                .click();
        browser.waitFor(By.cssSelector("[role=status]"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("td[aria-current=date]"))
                        .getText())
                .contains("Migraine");

        open("/outcomes");
        assertThat(heading()).isEqualTo("Your outcomes");
        assertThat(browser.driver().findElements(By.cssSelector("svg[role=img]")))
                .hasSize(3);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("table.outcomes-table"))
                        .getText())
                .contains("Before (baseline)");
        check("outcomes");
    }

    @Test
    void aClinicAdminReadsTheClinicOutcomesAndSeesThePublishSwitch() {
        browser.driver().manage().deleteAllCookies();
        open("/sign-in");
        browser.driver().findElement(By.id("email")).sendKeys("clinic-admin@demo.ketapath.test");
        browser.driver().findElement(By.id("password")).sendKeys("demo-password-1");
        browser.driver().findElement(By.id("password")).submit();
        browser.waitForUrl("/sign-in/otp");
        browser.driver()
                .findElement(By.id("code"))
                .sendKeys(org.ketapath.support.WebClient.totp(
                        "KETAPATHDEMOCLINICADMINSECRETAAA", java.time.Instant.now()));
        browser.driver().findElement(By.id("code")).submit();
        browser.waitFor(By.cssSelector("nav.quick-links"));
        browser.driver()
                .findElement(By.xpath("//nav[@class='quick-links']/a[normalize-space()='Outcomes']"))
                .click();
        browser.waitForHeading("Your clinic's outcomes");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("tbody th[scope=row]"))
                        .getText())
                .isEqualTo("Migraine");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("form[action$='/outcomes/publication'] button"))
                        .getText())
                .isEqualTo("Stop publishing our outcomes");
        check("clinic");
    }
}
