package org.ketapath.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The self-service pages in Chromium with the demo data, at 360 and 1280 px: the header folds into a menu
 * button on a phone (no JavaScript needed), no page scrolls sideways at 360 px, and axe-core finds nothing
 * serious on the search from a ZIP in another state, the provider pages (online and by phone), the password
 * reset steps and the account pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ketapath.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfServiceBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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

    void open(String path) {
        browser.driver().get("http://127.0.0.1:" + port + path);
    }

    /** axe at both widths, screenshots, and at 360 px a document no wider than the window. */
    void check(String name) {
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            if (width == 360) {
                long scroll = ((Number) browser.driver().executeScript("return document.documentElement.scrollWidth"))
                        .longValue();
                long inner = ((Number) browser.driver().executeScript("return window.innerWidth")).longValue();
                assertThat(scroll)
                        .as("%s scrolls sideways at 360 px", browser.driver().getCurrentUrl())
                        .isLessThanOrEqualTo(inner);
            }
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("self-service-" + name + "-" + width);
        }
    }

    String h1() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    @Test
    void on_a_phone_the_header_is_a_menu_button_that_opens_without_javascript() {
        open("/");
        browser.resize(360, 900);
        assertThat(browser.driver().findElement(By.cssSelector("nav.nav-wide")).isDisplayed())
                .isFalse();
        WebElement menu = browser.driver().findElement(By.cssSelector("details.nav-menu > summary"));
        assertThat(menu.isDisplayed()).isTrue();
        WebElement providers = browser.driver().findElement(By.cssSelector("details.nav-menu a[href='/providers']"));
        assertThat(providers.isDisplayed()).isFalse();
        menu.click();
        assertThat(providers.isDisplayed()).isTrue();
        browser.screenshot("self-service-menu-open-360");
        browser.resize(1280, 900);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("nav.nav-wide a[href='/providers']"))
                        .isDisplayed())
                .isTrue();
        assertThat(menu.isDisplayed()).isFalse();
    }

    @Test
    void a_patient_from_another_state_finds_bookable_providers_and_the_pages_fit_a_phone() {
        String zip = jdbc.sql("""
                        select l.zip from clinic_location l join clinic c on c.id = l.clinic_id
                        join schedule_settings s on s.clinic_id = c.id
                        where c.verification_status = 'VERIFIED' and l.state <> 'PA' and s.online_booking
                          and exists (select 1 from provider_search p where p.clinic_id = c.id and p.state = l.state
                                      and p.licence_expires_on > current_date and p.rating is not null)
                        order by random() limit 1
                        """).query(String.class).single();
        for (String path : List.of("/", "/learn", "/assessment", "/about", "/sign-in", "/register")) {
            open(path);
            check(path.equals("/") ? "home" : path.substring(1));
        }

        open("/providers?zip=" + zip + "&radiusMiles=25");
        browser.waitForVisible(By.cssSelector(".result .next-available"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".result .stars"))
                        .getAttribute("aria-label"))
                .startsWith("Rated ");
        check("search");
        WebElement first = browser.driver().findElement(By.cssSelector(".result h3 a"));
        String name = first.getText();
        first.click();
        browser.waitForHeading(name);
        check("provider");
        browser.driver().findElement(By.linkText("Book a free consultation")).click();
        browser.waitFor(By.cssSelector("button[name=start]"));
        check("booking");

        String byPhone = jdbc.sql("""
                        select c.id from clinic c join schedule_settings s on s.clinic_id = c.id
                        where c.verification_status = 'VERIFIED' and not s.online_booking limit 1
                        """).query(String.class).single();
        open("/providers/" + byPhone);
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".book-by-phone"))
                        .getText())
                .contains("does not take bookings online");
        assertThat(browser.driver().findElements(By.linkText("Book a free consultation")))
                .isEmpty();
        check("provider-by-phone");
    }

    @Test
    void the_password_reset_and_account_pages_are_accessible_and_fit_a_phone() {
        open("/sign-in");
        browser.driver().findElement(By.linkText("Forgot your password?")).click();
        browser.waitForHeading("Reset your password");
        check("password-reset");
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitFor(By.id("error-summary"));
        assertThat(browser.driver().findElement(By.id("email")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        check("password-reset-error");
        browser.driver().findElement(By.id("email")).sendKeys("patient3@demo.ketapath.test");
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitForHeading("Check your e-mail");
        check("password-reset-sent");
        String body = jdbc.sql("""
                        select body from outbox_email where recipient = 'patient3@demo.ketapath.test'
                        and subject = 'Reset your KetaPath password' order by created_at desc limit 1
                        """).query(String.class).single();
        String link = body.replaceAll("(?s).*(/password-reset/confirm\\?token=[A-Za-z0-9_-]+).*", "$1");
        open(link);
        browser.waitForHeading("Choose a new password");
        check("password-reset-choose");
        open("/password-reset/confirm?token=not-a-real-token");
        browser.waitForHeading("This link no longer works");
        check("password-reset-expired");

        open("/sign-in");
        browser.driver().findElement(By.id("email")).sendKeys("patient1@demo.ketapath.test");
        browser.driver().findElement(By.id("password")).sendKeys("demo-password-1");
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitForHeading("My account");
        browser.driver().findElements(By.cssSelector("details.edit > summary")).forEach(WebElement::click);
        check("account");
        open("/account/access-report");
        browser.waitForHeading("Who looked at my data");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-")
                .doesNotContain("READ ");
        check("access-report");
        open("/appointments");
        check("appointments");
    }
}
