package org.ketapath.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Search -> provider page in a real browser with the demo directory, checked by axe-core at two widths. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ketapath.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderPagesBrowserTests {

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

    @Test
    void a_patient_searches_by_zip_and_condition_and_opens_a_verified_providers_page() {
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            browser.driver().get("http://127.0.0.1:" + port + "/providers");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Find verified providers");
            browser.assertNoSeriousAccessibilityViolations();

            browser.driver().findElement(By.id("zip")).sendKeys("19107");
            new Select(browser.driver().findElement(By.id("condition"))).selectByValue("MIGRAINE");
            browser.driver()
                    .findElement(By.cssSelector("form.search-form button[type=submit]"))
                    .click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> !d.findElements(By.linkText("Demo Ketamine Clinic Philadelphia"))
                            .isEmpty());
            assertThat(browser.driver().findElement(By.id("results")).getText())
                    .contains("providers found")
                    .contains("Licence verified");
            browser.assertNoSeriousAccessibilityViolations();
            browser.driver().executeScript("document.getElementById('results').scrollIntoView()");
            browser.screenshot("providers-search-" + width);

            browser.driver()
                    .findElement(By.linkText("Demo Ketamine Clinic Philadelphia"))
                    .click();
            browser.waitForHeading("Demo Ketamine Clinic Philadelphia");
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("Licences")
                    .contains("MD-DEMO-0001")
                    .contains("Practitioners")
                    .contains("Prices")
                    .contains("Sessions")
                    .contains("Reviews");
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("provider-page-" + width);
        }
    }
}
