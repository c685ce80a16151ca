package org.ketapath.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The home page in a real browser: what a person sees, keyboard access, and axe-core's verdict. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageBrowserTests {

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
    void home_page_reads_well_and_has_no_serious_accessibility_violations_on_phone_and_desktop() {
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            browser.driver().get("http://127.0.0.1:" + port + "/");

            assertThat(browser.driver().getTitle()).contains("KetaPath");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                    .isEqualTo("Ketamine therapy, explained and within reach");
            assertThat(browser.driver().findElement(By.tagName("footer")).getText())
                    .contains("In crisis? Call or text 988")
                    .contains("information only, not medical advice");
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("home-" + width);
        }
    }

    @Test
    void skip_link_is_the_first_stop_for_the_keyboard_and_moves_focus_to_the_content() {
        browser.resize(1280, 900);
        browser.driver().get("http://127.0.0.1:" + port + "/");

        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        assertThat(focused.isDisplayed()).isTrue();

        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("main");
    }

    @Test
    void not_found_page_is_accessible_and_leads_home() {
        browser.resize(360, 800);
        browser.driver().get("http://127.0.0.1:" + port + "/no/such/page");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        browser.assertNoSeriousAccessibilityViolations();
        browser.driver().findElement(By.linkText("Go to the home page")).click();
        browser.waitForHeading("Ketamine therapy, explained and within reach");
    }
}
