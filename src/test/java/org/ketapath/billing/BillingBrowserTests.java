package org.ketapath.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketapath.platform.DemoData;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium with the demo data, at 360 and 1280 px, checked by axe-core: the course estimate on the demo clinic's
 * provider page, and patient1 getting a superbill from My appointments and downloading it as a PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ketapath.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillingBrowserTests {

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

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void shouldShowTheCostOfATypicalCourseOnTheProviderPage() {
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            browser.driver().get(url("/providers/" + DemoData.Clinics.PHILADELPHIA));
            browser.waitForHeading("Demo Ketamine Clinic Philadelphia");
            String estimate =
                    browser.driver().findElement(By.id("course-estimate")).getText();
            assertThat(estimate)
                    .contains("A typical course of 6 IV infusions: $3,000")
                    .contains("Six IV infusions")
                    .contains("you save $300")
                    .contains("your plan's decision");
            browser.assertNoSeriousAccessibilityViolations();
            browser.driver().executeScript("document.getElementById('course-estimate').scrollIntoView()");
            browser.screenshot("billing-course-estimate-" + width);
        }
    }

    @Test
    void shouldLetPatient1GetAndDownloadASuperbillFromMyAppointments() {
        browser.resize(1280, 900);
        browser.driver().get(url("/sign-in"));
        browser.driver().findElement(By.id("email")).sendKeys("patient1@demo.ketapath.test");
        browser.driver().findElement(By.id("password")).sendKeys("demo-password-1");
        browser.driver()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        browser.waitForUrl("/");
        browser.driver().get(url("/appointments"));
        browser.driver()
                .findElement(By.linkText("Superbills and receipts for your insurer"))
                .click();
        browser.waitForHeading("Superbills and receipts");
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("billing-superbills-form-" + width);
        }
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        browser.driver()
                .executeScript(
                        "document.getElementById('from').value = arguments[0];",
                        today.minusDays(120).toString());
        browser.driver()
                .findElement(By.cssSelector("#issue-form button[type=submit]"))
                .click();
        browser.waitFor(By.cssSelector("[role=status]"));
        assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText())
                .contains("is ready");
        String list =
                browser.driver().findElement(By.cssSelector("ul.superbills")).getText();
        assertThat(list).contains("SB-", "Demo Ketamine Clinic Philadelphia", "$3,300.00");
        assertThat(list).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("billing-superbills-issued-" + width);
        }
        String href =
                browser.driver().findElement(By.cssSelector("ul.superbills a")).getAttribute("href");
        Object type = browser.driver()
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                                + " + r.headers.get('content-type') + ' ' + new TextDecoder().decode(b.slice(0, 5)))))"
                                + ".catch(e => done('failed ' + e));",
                        href);
        assertThat(type).isEqualTo("200 application/pdf %PDF-");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.ketapath.identity.IdentityApi identity;

    @Test
    void shouldShowTheClinicAdminThePriceListAndTheBillingPageOfAPatientAccessibly() {
        browser.resize(1280, 900);
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(url("/sign-in"));
        browser.driver().findElement(By.id("email")).sendKeys("clinic-admin@demo.ketapath.test");
        browser.driver().findElement(By.id("password")).sendKeys("demo-password-1");
        browser.driver()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        browser.waitForUrl("/sign-in/otp");
        browser.driver()
                .findElement(By.id("code"))
                .sendKeys(org.ketapath.support.WebClient.totp(
                        "KETAPATHDEMOCLINICADMINSECRETAAA", java.time.Instant.now()));
        browser.driver()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        browser.waitForUrl("/clinic");
        browser.driver().get(url("/clinic/" + DemoData.Clinics.PHILADELPHIA + "/settings/prices"));
        browser.waitForHeading("Prices and billing");
        assertThat(browser.driver().findElement(By.id("taxId")).getAttribute("value"))
                .isEqualTo("00-1234567");
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("billing-price-settings-" + width);
        }
        java.util.UUID patient1 =
                identity.demoAccountId("patient1@demo.ketapath.test").orElseThrow();
        browser.driver().get(url("/clinic/" + DemoData.Clinics.PHILADELPHIA + "/patients/" + patient1));
        browser.driver()
                .findElement(By.linkText("Codes, payments and superbills"))
                .click();
        browser.waitForHeading("Billing: Demo Patient1");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Completed visits and their codes", "IV infusion", "Record a payment")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("billing-patient-billing-" + width);
        }
    }
}
