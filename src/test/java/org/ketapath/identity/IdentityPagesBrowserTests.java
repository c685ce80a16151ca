package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person creates an account, confirms the e-mail from the development mailbox, shares with a clinic, reads
 * the access report and signs out, in a real browser; axe-core checks each page on a phone and a desktop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityPagesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        org.ketapath.support.DirectoryRows.clinics(
                jdbc, java.util.UUID.fromString("c0000000-0000-4000-8000-000000000001"));
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
            browser.screenshot("identity-" + name + "-" + width);
        }
    }

    private void type(String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void sign_up_verify_share_report_and_sign_out() {
        open("/sign-in");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("signed out");
        check("sign-in");

        browser.driver().findElement(By.linkText("Create account")).click();
        browser.waitForUrl("/register");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Create an account");
        check("register");
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        type("email", email);
        type("password", "a-long-and-unusual-passphrase");
        type("givenName", "Ada");
        type("familyName", "Lovelace");
        browser.driver().findElement(By.id("birthDate")).sendKeys("12101985");
        type("zip", "10001");
        browser.driver()
                .findElement(By.cssSelector("form.form button[type=submit]"))
                .click();
        browser.waitForUrl("/register/check-email");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Check your e-mail");
        check("check-email");

        String link = jdbc.sql("select body from outbox_email where recipient = :to")
                .param("to", email)
                .query(String.class)
                .single()
                .replaceAll("(?s).*(http://\\S+/verify-email\\?token=\\S+).*", "$1");
        open(link.substring(link.indexOf("/verify-email")));
        check("verify-email");
        browser.driver().findElement(By.cssSelector("main button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.tagName("h1")).getText().contains("confirmed"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("E-mail address confirmed");

        open("/account");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .doesNotContain("Please confirm your e-mail address");
        // Sharing is offered with the clinics the patient booked with, by name.
        bookedWithDemoClinic(email);
        open("/account");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("clinicId")))
                .selectByVisibleText("Test Clinic c0000000");
        browser.driver().findElement(By.xpath("//button[text()='Share']")).click();
        browser.waitForUrl("consent-granted");
        assertThat(browser.driver().findElement(By.id("consents")).isDisplayed())
                .isTrue();
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Assessment results")
                .doesNotContain("Please give a clinic id")
                .doesNotContain("The password was not correct");
        check("account");

        browser.driver().findElement(By.linkText("Who looked at my data")).click();
        browser.waitForUrl("/account/access-report");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("You started sharing your information with Test Clinic c0000000 on ")
                .doesNotContain("SHARE")
                .doesNotContain("c0000000-");
        check("access-report");

        browser.driver().findElement(By.xpath("//button[text()='Sign out']")).click();
        browser.waitForUrl("signed-out");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("You are signed out.");
        open("/account");
        browser.waitForUrl("/sign-in");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
    }

    /** A free consultation with the clinic for the account (sharing is offered with clinics booked with). */
    private void bookedWithDemoClinic(String email) {
        java.util.UUID clinic = java.util.UUID.fromString("c0000000-0000-4000-8000-000000000001");
        java.util.UUID practitioner = java.util.UUID.randomUUID();
        jdbc.sql("insert into practitioner (id, clinic_id, given_name, family_name, npi)"
                        + " values (:id, :clinic, 'Dana', 'Demo', '1234567893')")
                .param("id", practitioner)
                .param("clinic", clinic)
                .update();
        jdbc.sql("""
                        insert into appointment (id, clinic_id, patient_id, practitioner_id, service, period, zone_id,
                            pre_minutes, main_minutes, post_minutes, created_at, updated_at)
                        select :id, :clinic, a.id, :practitioner, 'FREE_CONSULT',
                               tstzrange(now() + interval '2 days', now() + interval '2 days 20 minutes'),
                               'America/New_York', 0, 20, 0, now(), now()
                          from account a where a.email = :email
                        """)
                .param("id", java.util.UUID.randomUUID())
                .param("clinic", clinic)
                .param("practitioner", practitioner)
                .param("email", email)
                .update();
    }
}
