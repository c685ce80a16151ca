package org.ketapath.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole patient journey in a real browser, from an empty profile: home, the assessment, its result, the
 * matching providers, a provider's page, a free-consultation slot (held while the visitor signs up), the e-mail
 * confirmation from the development mailbox (whose link brings the person back to the held time), the booking
 * (sharing the assessment), its calendar file and "My appointments". The mouse journey runs at 1280 px and checks
 * the booking pages at 360 and 1280 px; the keyboard journey runs at 360 and at 1280 px with Tab, Shift+Tab, Enter, Space and
 * arrow keys only, checks the focus indicator of every control it reaches and runs axe-core on every page.
 * Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ketapath.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyBrowserTests {

    static final String CLINIC = "Demo Ketamine Clinic Philadelphia";

    static final int MAX_TABS = 200;

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

    @Test
    void a_visitor_takes_the_assessment_books_a_free_consultation_signs_up_and_sees_the_appointment() throws Exception {
        freshVisitor("America/New_York");
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
        type("f-triptansTried", "2");
        type("f-acuteMedicationDaysPerMonth", "6");
        submit();
        browser.waitForHeading("Headache warning signs");
        choose("f-thunderclap-1"); // No
        choose("f-neurologicalSymptoms-1");
        choose("f-patternChanged-1");
        submit();
        browser.waitForHeading("How long, and how disabling");
        type("f-debilitatingDaysPerMonth", "10");
        type("f-monthsAtThisFrequency", "4");
        choose("f-allPreventiveClassesTried-1");
        submit();
        browser.waitForHeading("ID Migraine: likelihood of migraine");
        choose("f-id_migraine_q1-0");
        choose("f-id_migraine_q2-0");
        choose("f-id_migraine_q3-1");
        submit();
        browser.waitForHeading("Your health and safety");
        choose("f-pregnancy-0"); // No
        choose("f-hypertension-0"); // No
        choose("f-conditions-10"); // None of these
        submit();
        browser.waitForHeading("Your mental health");
        choose("f-psychosis-0"); // No
        for (String name : new String[] {
            "maniaOrHypomaniaHistory", "substanceUseDisorder", "dissociativeMisuseHistory", "selfHarmThoughts"
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
        // The browser's zone is the clinic's here, so js/timezone.js adds no second time.
        browser.waitForHeading("Book a free consultation with " + CLINIC);
        assertThat(main())
                .contains("America/New_York")
                .contains("Your assessment result will be shared with " + CLINIC)
                .doesNotContain("your time");
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
        assertThat(link).contains("&next=/appointments/hold/");
        open(link.substring(link.indexOf("/verify-email")));
        click(By.cssSelector("main button"));

        // The link brings the person back to the time they hold.
        browser.waitForHeading("Confirm your consultation");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(confirmUrl);
        assertThat(main()).contains(CLINIC).contains(time);
        // Sharing the result is the person's explicit choice: the box starts unticked.
        assertThat(browser.driver().findElement(By.id("share")).isSelected()).isFalse();
        check("hold-confirm");
        click(By.id("share"));
        click(By.xpath("//button[text()='Confirm booking']"));

        browser.waitForHeading("Your consultation is booked");
        assertThat(sharedAssessment(browser.driver().getCurrentUrl())).isTrue();
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

    /**
     * The same journey with the keyboard only, on a 360 px wide screen and on a 1280 px desktop, in a browser whose
     * zone is Los Angeles:
     * Tab, Shift+Tab, Enter, Space and arrow keys (radio groups), text typed into the focused field. Every
     * focused control shows a focus indicator; axe-core checks every page.
     */
    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {360, 1280})
    void a_visitor_does_the_whole_journey_with_the_keyboard_only(int width) throws Exception {
        this.width = width;
        freshVisitor("America/Los_Angeles");
        browser.resize(width, 800);
        open("/");
        keys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Skip to main content");
        assertFocusVisible();
        here("home");
        tabTo(By.linkText("Take the two-minute assessment"));
        keys(Keys.ENTER);
        browser.waitForUrl("/assessment");
        browser.waitForVisible(By.linkText("Start the assessment"));
        here("assessment-intro");
        tabTo(By.linkText("Start the assessment"));
        keys(Keys.ENTER);

        browser.waitForHeading("About you");
        here("assessment-about");
        pick("f-condition-0"); // Migraine
        typeInto("f-ageYears", "34");
        typeInto("f-zip", "19107");
        next();
        browser.waitForHeading("Your headaches");
        typeInto("f-headacheDaysPerMonth", "18");
        typeInto("f-averagePain", "7");
        typeInto("f-preventiveClassesTried", "3");
        typeInto("f-triptansTried", "2");
        typeInto("f-acuteMedicationDaysPerMonth", "6");
        here("assessment-headaches");
        next();
        browser.waitForHeading("Headache warning signs");
        pick("f-thunderclap-1"); // No
        pick("f-neurologicalSymptoms-1");
        pick("f-patternChanged-1");
        here("assessment-warning-signs");
        next();
        browser.waitForHeading("How long, and how disabling");
        typeInto("f-debilitatingDaysPerMonth", "10");
        typeInto("f-monthsAtThisFrequency", "4");
        pick("f-allPreventiveClassesTried-1");
        here("assessment-headache-history");
        next();
        browser.waitForHeading("ID Migraine: likelihood of migraine");
        pick("f-id_migraine_q1-0");
        pick("f-id_migraine_q2-0");
        pick("f-id_migraine_q3-1");
        here("assessment-id-migraine");
        next();
        browser.waitForHeading("Your health and safety");
        pick("f-pregnancy-0"); // No
        pick("f-hypertension-0"); // No
        tabTo(By.id("f-conditions-10")); // None of these
        keys(Keys.SPACE);
        here("assessment-safety");
        next();
        browser.waitForHeading("Your mental health");
        pick("f-psychosis-0"); // No
        for (String name : new String[] {
            "maniaOrHypomaniaHistory", "substanceUseDisorder", "dissociativeMisuseHistory", "selfHarmThoughts"
        }) {
            pick("f-" + name + "-1"); // No
        }
        here("assessment-mental-health");
        next();
        browser.waitForHeading("Your medicines");
        here("assessment-medicines");
        next();
        browser.waitForHeading("Where you would like treatment");
        pick("f-setting-0"); // At a clinic
        pick("f-maxDistanceMiles-2"); // Up to 50 miles
        here("assessment-where");
        next();

        By findProviders = By.xpath("//main//a[text()='Find providers']");
        browser.waitForVisible(findProviders);
        here("assessment-result");
        tabTo(findProviders);
        keys(Keys.ENTER);
        browser.waitForVisible(By.linkText(CLINIC));
        assertThat(browser.driver().findElement(By.id("results")).getText()).contains("Licence verified");
        here("providers");
        tabTo(By.linkText(CLINIC));
        keys(Keys.ENTER);
        browser.waitForHeading(CLINIC);
        here("provider");
        tabTo(By.linkText("Book a free consultation"));
        keys(Keys.ENTER);

        // js/timezone.js adds each time in the browser's zone in place (the page is not asked for again).
        browser.waitForHeading("Book a free consultation with " + CLINIC);
        browser.waitForVisible(By.cssSelector(".slot-list .your-time"));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("tz=");
        assertThat(main())
                .contains("America/New_York")
                .contains("America/Los_Angeles")
                .contains("Your assessment result will be shared with " + CLINIC);
        here("book");
        WebElement first = browser.driver().findElement(By.cssSelector(".slot-list button"));
        String label = first.getAttribute("aria-label");
        assertThat(label).matches("Book \\w+day \\d{1,2} \\w+, \\d\\d:\\d\\d \\(\\d\\d:\\d\\d your time\\)");
        String time = label.replaceAll(".*, (\\d\\d:\\d\\d) .*", "$1");
        String yours = label.replaceAll(".*\\((\\d\\d:\\d\\d) your time\\)", "$1");
        assertThat(first.getText()).contains(time).contains(yours + " your time");
        // The zone list is reachable and left as it is; one step back with Shift+Tab, then on to the time.
        tabTo(By.id("tz"));
        tabTo(By.cssSelector(".slot-list button"));
        new Actions(browser.driver())
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        assertThat(active().getText()).isEqualTo("Back to the provider");
        assertFocusVisible();
        keys(Keys.TAB);
        assertThat(active()).isEqualTo(first);
        assertFocusVisible();
        browser.screenshot("journey-keyboard-book-focused-slot-" + width);
        keys(Keys.SPACE);

        browser.waitForUrl("/register");
        assertThat(browser.driver().getCurrentUrl())
                .contains("next=/appointments/hold/")
                .contains("assessment=");
        here("register");
        String email = "keys-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        typeInto("email", email);
        typeInto("password", "a-long-and-unusual-passphrase");
        typeInto("givenName", "Ada");
        typeInto("familyName", "Lovelace");
        typeInto("birthDate", "12101985");
        typeInto("zip", "19107");
        tabTo(By.cssSelector("form.form button[type=submit]"));
        keys(Keys.ENTER);

        browser.waitForHeading("Check your e-mail");
        String confirmUrl = browser.driver().getCurrentUrl();
        assertThat(main()).contains(CLINIC).contains(time).contains("10 minutes");
        here("hold-unverified");

        // The e-mail, read in the development mailbox; its link is opened as a mail program would.
        open("/dev/mailbox");
        browser.waitForHeading("Development mailbox");
        here("mailbox");
        tabTo(By.xpath("//tr[td[text()='" + email + "']]//a"));
        keys(Keys.ENTER);
        browser.waitForVisible(By.xpath("//h2[text()='Links in this message']"));
        String link = browser.driver()
                .findElement(By.xpath("//a[contains(@href, '/verify-email?token=')]"))
                .getAttribute("href");
        open(link.substring(link.indexOf("/verify-email")));
        browser.waitForHeading("Confirm your e-mail address");
        here("verify-email");
        tabTo(By.xpath("//main//button[text()='Confirm my e-mail address']"));
        keys(Keys.ENTER);

        browser.waitForHeading("Confirm your consultation");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(confirmUrl);
        assertThat(main()).contains(CLINIC).contains(time).contains(yours + " your time");
        here("hold-confirm");
        tabTo(By.id("share"));
        assertThat(active().isSelected()).isFalse();
        keys(Keys.SPACE);
        assertThat(active().isSelected()).isTrue();
        tabTo(By.xpath("//button[text()='Confirm booking']"));
        browser.screenshot("journey-keyboard-hold-confirm-focused-" + width);
        keys(Keys.ENTER);

        browser.waitForHeading("Your consultation is booked");
        assertThat(main())
                .contains(CLINIC)
                .contains(time)
                .contains("America/New_York")
                .contains(yours + " your time")
                .contains("America/Los_Angeles")
                .contains(".ics");
        assertThat(sharedAssessment(browser.driver().getCurrentUrl())).isTrue();
        here("booked");
        tabTo(By.partialLinkText(".ics"));
        tabTo(By.xpath("//main//a[text()='My appointments']"));
        keys(Keys.ENTER);

        browser.waitForHeading("My appointments");
        assertThat(main())
                .contains(CLINIC)
                .contains(time)
                .contains(yours + " your time")
                .contains("Booked");
        here("my-appointments");
        tabTo(By.cssSelector(".appointment-list a"));
    }

    /** An empty cookie jar (no session from another test) and the browser's time zone. */
    private void freshVisitor(String zone) {
        open("/");
        browser.driver().manage().deleteAllCookies();
        browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    /** Whether the booking on this appointment page carries a shared assessment. */
    private boolean sharedAssessment(String appointmentUrl) {
        UUID id = UUID.fromString(appointmentUrl.replaceAll(".*/appointments/([0-9a-f-]{36}).*", "$1"));
        return jdbc.sql("select assessment_id is not null from appointment where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private void keys(CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Tab until the element is focused (at most {@value #MAX_TABS} times), then checks its focus ring. */
    private void tabTo(By locator) {
        browser.waitForVisible(locator);
        WebElement target = browser.driver().findElement(locator);
        for (int i = 0; i < MAX_TABS; i++) {
            if (active().equals(target)) {
                assertThat(target.isDisplayed())
                        .as("focused %s is visible", locator)
                        .isTrue();
                assertFocusVisible();
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab did not reach " + locator + " in " + MAX_TABS + " presses on "
                + browser.driver().getCurrentUrl() + " (last focused: " + describe(active()) + ")");
    }

    /** The focused element draws a focus indicator (an outline of at least 2 px, or a box shadow). */
    private void assertFocusVisible() {
        Object indicator = browser.driver().executeScript("""
                        const e = document.activeElement, s = getComputedStyle(e);
                        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                        return outline || (s.boxShadow && s.boxShadow !== 'none');
                        """);
        assertThat(indicator).as("focus indicator on " + describe(active())).isEqualTo(true);
    }

    private static String describe(WebElement e) {
        return "<" + e.getTagName() + " id='" + e.getAttribute("id") + "'>" + e.getText();
    }

    /** Focuses the field with Tab and types into it. */
    private void typeInto(String id, String text) {
        tabTo(By.id(id));
        active().sendKeys(text);
    }

    /** Selects a radio button: Tab into its group, arrow keys to it, Space. */
    private void pick(String id) {
        WebElement radio = browser.driver().findElement(By.id(id));
        String name = radio.getAttribute("name");
        tabTo(By.cssSelector("input[name='" + name + "']:checked, input[name='" + name + "']"));
        for (int i = 0; i < 20 && !active().equals(radio); i++) {
            keys(Keys.ARROW_DOWN);
        }
        assertThat(active()).as("arrow keys reach " + id).isEqualTo(radio);
        keys(Keys.SPACE);
        assertThat(radio.isSelected()).as(id).isTrue();
    }

    /** The form's submit button, by Tab and Enter. */
    private void next() {
        tabTo(By.cssSelector("#main form button[type=submit]"));
        keys(Keys.ENTER);
    }

    /** axe-core on the page as it is (at the keyboard journey's width) and a screenshot. */
    private void here(String name) {
        browser.assertNoSeriousAccessibilityViolations();
        browser.screenshot("journey-keyboard-" + name + "-" + width);
    }

    /** The width of the keyboard journey in progress. */
    private int width = 360;

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
