package org.ketapath.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole patient journey in a real browser, from an empty profile: home, the assessment, its result, the
 * matching providers, a provider's page, a free-consultation slot (held while the visitor signs up), the e-mail
 * confirmation from the development mailbox, the booking, its calendar file and "My appointments". axe-core
 * checks the booking pages, which are photographed at 360 and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ketapath.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyBrowserTests {

    static final String CLINIC = "Demo Ketamine Clinic Philadelphia";

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
    void a_visitor_takes_the_assessment_books_a_free_consultation_signs_up_and_sees_the_appointment() throws Exception {
        browser.resize(1280, 900);
        open("/");
        click(By.linkText("Take the two-minute assessment"));
        browser.waitForUrl("/assessment");
        click(By.linkText("Start the assessment"));
        browser.waitForHeading("About you");

        choose("f-condition-0"); // Migraine
        type("f-ageYears", "34");
        type("f-zip", "19107");
        submit();
        browser.waitForHeading("Your headaches");
        type("f-headacheDaysPerMonth", "18");
        type("f-averagePain", "7");
        type("f-preventiveClassesTried", "3");
        type("f-acuteMedicationDaysPerMonth", "6");
        submit();
        browser.waitForHeading("ID Migraine: likelihood of migraine");
        choose("f-id_migraine_q1-0");
        choose("f-id_migraine_q2-0");
        choose("f-id_migraine_q3-1");
        submit();
        browser.waitForHeading("Your health and safety");
        for (String name : new String[] {
            "pregnant",
            "uncontrolledHypertension",
            "unstableHeartDisease",
            "psychosisHistory",
            "substanceUseDisorder",
            "severeLiverDisease",
            "raisedIntracranialOrIntraocularPressure",
            "selfHarmThoughts"
        }) {
            choose("f-" + name + "-1"); // No
        }
        submit();
        browser.waitForHeading("Your medicines");
        submit();
        browser.waitForHeading("Where you would like treatment");
        choose("f-setting-0"); // At a clinic
        choose("f-maxDistanceMiles-2"); // Up to 50 miles
        submit();
        browser.waitForVisible(By.linkText("Find providers"));
        assertThat(main()).contains("Find providers");

        browser.driver()
                .findElement(By.id("main"))
                .findElement(By.linkText("Find providers"))
                .click();
        browser.waitForVisible(By.linkText(CLINIC));
        assertThat(browser.driver().findElement(By.id("results")).getText()).contains("Licence verified");
        click(By.linkText(CLINIC));
        browser.waitForHeading(CLINIC);

        click(By.linkText("Book a free consultation"));
        browser.waitForHeading("Book a free consultation with " + CLINIC);
        assertThat(main()).contains("America/New_York");
        check("book");
        WebElement first = browser.driver().findElement(By.cssSelector(".slot-list button"));
        String label = first.getAttribute("aria-label");
        String time = first.getText();
        assertThat(label).matches("Book \\w+day \\d{1,2} \\w+, \\d\\d:\\d\\d").endsWith(time);
        first.click();

        browser.waitForUrl("/register");
        assertThat(browser.driver().getCurrentUrl()).contains("next=/appointments/hold/");
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        type("email", email);
        type("password", "a-long-and-unusual-passphrase");
        type("givenName", "Ada");
        type("familyName", "Lovelace");
        browser.driver().findElement(By.id("birthDate")).sendKeys("12101985");
        type("zip", "19107");
        click(By.cssSelector("form.form button[type=submit]"));

        browser.waitForHeading("Check your e-mail");
        String confirmUrl = browser.driver().getCurrentUrl();
        assertThat(confirmUrl).contains("/appointments/hold/").endsWith("/confirm");
        assertThat(main()).contains(CLINIC).contains("10 minutes");
        check("hold-unverified");

        open("/dev/mailbox");
        browser.waitForHeading("Development mailbox");
        click(By.xpath("//tr[td[text()='" + email + "']]//a"));
        browser.waitForVisible(By.xpath("//h2[text()='Links in this message']"));
        String link = browser.driver()
                .findElement(By.xpath("//a[contains(@href, '/verify-email?token=')]"))
                .getAttribute("href");
        open(link.substring(link.indexOf("/verify-email")));
        click(By.cssSelector("main button"));
        browser.waitForHeading("E-mail address confirmed");

        browser.driver().get(confirmUrl);
        browser.waitForHeading("Confirm your consultation");
        assertThat(main()).contains(CLINIC).contains(time);
        check("hold-confirm");
        click(By.xpath("//button[text()='Confirm booking']"));

        browser.waitForHeading("Your consultation is booked");
        assertThat(main())
                .contains(CLINIC)
                .contains(time)
                .contains("America/New_York")
                .contains(".ics");
        check("booked");
        String ics = browser.driver().findElement(By.partialLinkText(".ics")).getAttribute("href");
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        assertThat(cookies).isNotEmpty();
        HttpResponse<String> calendar = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ics))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(calendar.body()).contains("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");

        click(By.linkText("My appointments"));
        browser.waitForHeading("My appointments");
        assertThat(main()).contains(CLINIC).contains(time).contains("Booked");
        check("my-appointments");
    }

    private void open(String path) {
        browser.driver().get("http://127.0.0.1:" + port + path);
    }

    private String main() {
        return browser.driver().findElement(By.id("main")).getText();
    }

    private void check(String name) {
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            browser.assertNoSeriousAccessibilityViolations();
            browser.screenshot("journey-" + name + "-" + width);
        }
    }

    private void click(By locator) {
        browser.waitForVisible(locator);
        browser.driver().findElement(locator).click();
    }

    private void type(String id, String text) {
        browser.waitForVisible(By.id(id));
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    /** Clicks the label of a radio button (the label is what a person clicks). */
    private void choose(String id) {
        click(By.cssSelector("label[for='" + id + "']"));
    }

    private void submit() {
        click(By.cssSelector("#main form button[type=submit]"));
    }
}
