package org.ketapath.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketapath.assessment.domain.AssessmentResult;
import org.ketapath.assessment.domain.AssessmentService;
import org.ketapath.assessment.domain.Condition;
import org.ketapath.assessment.domain.Intake;
import org.ketapath.assessment.domain.Setting;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A migraine patient takes the whole assessment with the keyboard only (Tab, Space, Enter, and the arrow keys
 * that move between the options of a radio group): no mouse clicks. axe-core checks every step, and each step
 * is photographed at 360 and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    /** Each test starts as a new visitor: no draft left in the session by another test. */
    @BeforeEach
    void newVisitor() {
        browser.driver().get("http://127.0.0.1:" + port + "/robots.txt");
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_migraine_patient_completes_the_assessment_with_the_keyboard_only() {
        browser.resize(1280, 900);
        browser.driver().get("http://127.0.0.1:" + port + "/assessment");
        check("intro");
        tabTo(By.linkText("Start the assessment"));
        press(Keys.ENTER);
        browser.waitForHeading("About you");
        assertThat(text(By.className("progress-text"))).isEqualTo("Step 1 of 9");

        // Submitting nothing shows the error summary, linked to each field
        tabTo(By.cssSelector("button[type=submit]"));
        press(Keys.ENTER);
        browser.waitFor(By.className("error-summary"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> String.valueOf(d.switchTo().activeElement().getAttribute("class"))
                        .contains("error-summary"));
        assertThat(browser.driver().findElements(By.cssSelector(".error-summary a")))
                .hasSize(3);
        assertThat(browser.driver().findElement(By.id("f-ageYears")).getAttribute("aria-describedby"))
                .contains("e-ageYears");
        check("about-errors");

        chooseRadio("f-condition-0", 0); // Migraine
        typeInto("f-ageYears", "34");
        typeInto("f-zip", "19107");
        press(Keys.ENTER);
        browser.waitForHeading("Your headaches");
        assertThat(text(By.className("progress-text"))).isEqualTo("Step 2 of 9");
        check("headaches");

        typeInto("f-headacheDaysPerMonth", "18");
        typeInto("f-averagePain", "7");
        typeInto("f-preventiveClassesTried", "3");
        typeInto("f-triptansTried", "2");
        typeInto("f-acuteMedicationDaysPerMonth", "6");
        press(Keys.ENTER);
        browser.waitForHeading("Headache warning signs");
        check("warning-signs");

        // Back with the keyboard: the answers are still there
        tabTo(By.linkText("Back"));
        press(Keys.ENTER);
        browser.waitForHeading("Your headaches");
        assertThat(browser.driver().findElement(By.id("f-averagePain")).getAttribute("value"))
                .isEqualTo("7");
        tabTo(By.cssSelector("button[type=submit]"));
        press(Keys.ENTER);
        browser.waitForHeading("Headache warning signs");

        chooseRadio("f-thunderclap-0", 1); // No
        chooseRadio("f-neurologicalSymptoms-0", 1);
        chooseRadio("f-patternChanged-0", 1);
        submit();
        browser.waitForHeading("How long, and how disabling");
        check("headache-history");

        typeInto("f-debilitatingDaysPerMonth", "10");
        typeInto("f-monthsAtThisFrequency", "4");
        chooseRadio("f-allPreventiveClassesTried-0", 1);
        submit();
        browser.waitForHeading("ID Migraine: likelihood of migraine");
        check("questionnaire");

        chooseRadio("f-id_migraine_q1-0", 0);
        chooseRadio("f-id_migraine_q2-0", 0);
        chooseRadio("f-id_migraine_q3-0", 1);
        submit();
        browser.waitForHeading("Your health and safety");
        check("safety");

        chooseRadio("f-pregnancy-0", 0); // No
        typeInto("f-bloodPressureSystolic", "124");
        typeInto("f-bloodPressureDiastolic", "80");
        chooseRadio("f-hypertension-0", 0); // No
        tabTo(By.id("f-conditions-10")); // None of these
        press(Keys.SPACE);
        assertThat(browser.driver().findElement(By.id("f-conditions-10")).isSelected())
                .isTrue();
        submit();
        browser.waitForHeading("Your mental health");
        check("mental-health");

        chooseRadio("f-psychosis-0", 0); // No
        for (String name : new String[] {
            "maniaOrHypomaniaHistory", "substanceUseDisorder", "dissociativeMisuseHistory", "selfHarmThoughts"
        }) {
            chooseRadio("f-" + name + "-0", 1); // No
        }
        submit();
        browser.waitForHeading("Your medicines");
        check("medicines");

        typeInto("f-medications", "XANAX 0.5mg");
        submit();
        browser.waitForHeading("Where you would like treatment");
        assertThat(text(By.className("progress-text"))).isEqualTo("Step 9 of 9");
        assertThat(text(By.cssSelector("#f-setting-1 ~ .choice-hint"))).contains("FDA");
        check("preferences");

        chooseRadio("f-setting-0", 0); // At a clinic
        chooseRadio("f-maxDistanceMiles-0", 2); // Up to 50 miles
        submit();
        browser.waitForHeading("A clinician should look at your answers with you");

        assertThat(browser.driver().findElements(By.className("crisis-box"))).isEmpty();
        assertThat(text(By.className("interactions"))).contains("XANAX 0.5mg").contains("benzodiazepine");
        assertThat(browser.driver()
                        .findElement(By.id("main"))
                        .findElement(By.linkText("Find providers"))
                        .getAttribute("href"))
                .contains("/providers?zip=19107&condition=MIGRAINE&assessment=")
                // the result's own id, carried to the booking so it can be shared with the clinic
                .endsWith(
                        "assessment=" + browser.driver().getCurrentUrl().replaceAll(".*/([A-Za-z0-9_-]{22}).*", "$1"));
        assertThat(browser.driver()
                        .findElement(By.linkText("Book a free consultation"))
                        .isDisplayed())
                .isTrue();
        check("result");
    }

    /**
     * The three results where help or the person's own doctor comes before ketamine: self-harm reported (988),
     * a headache emergency (911) and not suitable now (a reading of 180/110 or more). At phone and desktop widths:
     * help first and alone at the top, no booking or "find providers" action, a link to information instead, axe
     * clean.
     */
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"crisis, 360", "crisis, 1280", "urgent, 360", "urgent, 1280", "not-suitable, 360", "not-suitable, 1280"
    })
    void help_first_results_show_no_booking_action(String kind, int width) {
        AssessmentResult result = assessments.submit(intake(kind));
        browser.resize(width, 900);
        browser.driver().get("http://127.0.0.1:" + port + "/assessment/results/" + result.id());
        browser.waitFor(By.cssSelector("main h1"));

        List<WebElement> top = browser.driver().findElements(By.cssSelector("main section > *"));
        WebElement main = browser.driver().findElement(By.id("main"));
        switch (kind) {
            case "crisis" -> {
                assertThat(top.get(0).getAttribute("class")).isEqualTo("crisis-box");
                assertThat(top.get(0).getText()).contains("Call or text 988 now");
                assertThat(top.get(1).getTagName()).isEqualTo("h1");
            }
            case "urgent" -> {
                assertThat(top.get(0).getAttribute("class")).contains("urgent");
                assertThat(top.get(0).getText()).startsWith("Call 911 now");
                assertThat(top.get(1).getTagName()).isEqualTo("h1");
                assertThat(text(By.className("next-steps"))).startsWith("Call 911");
            }
            default -> {
                assertThat(top.get(0).getTagName()).isEqualTo("h1");
                assertThat(top.get(0).getText()).isEqualTo("Ketamine therapy is not suitable for you right now");
                assertThat(text(By.className("next-steps"))).contains("own doctor");
            }
        }
        assertThat(main.findElements(By.partialLinkText("Book"))).isEmpty();
        assertThat(main.findElements(By.partialLinkText("Find providers"))).isEmpty();
        assertThat(main.findElements(By.cssSelector("a[href*='/providers']"))).isEmpty();
        assertThat(main.findElements(By.cssSelector("a[href*='/learn']"))).isNotEmpty();
        assertThat(main.findElements(By.cssSelector(".reasons a")))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("https://"));
        browser.assertNoSeriousAccessibilityViolations();
        fullPage("assessment-result-" + kind + "-" + width, width);
    }

    @Test
    void a_thunderclap_headache_shows_emergency_help_before_any_other_question() {
        browser.resize(1280, 900);
        browser.driver().get("http://127.0.0.1:" + port + "/assessment/about");
        browser.driver()
                .findElement(By.cssSelector("label[for='f-condition-0']"))
                .click();
        browser.driver().findElement(By.id("f-ageYears")).sendKeys("41");
        browser.driver().findElement(By.id("f-zip")).sendKeys("19107");
        submit();
        browser.waitForHeading("Your headaches");
        for (String[] answer : new String[][] {
            {"f-headacheDaysPerMonth", "20"},
            {"f-averagePain", "8"},
            {"f-preventiveClassesTried", "3"},
            {"f-triptansTried", "2"},
            {"f-acuteMedicationDaysPerMonth", "5"}
        }) {
            browser.driver().findElement(By.id(answer[0])).sendKeys(answer[1]);
        }
        submit();
        browser.waitForHeading("Headache warning signs");
        browser.driver()
                .findElement(By.cssSelector("label[for='f-thunderclap-0']"))
                .click();
        browser.driver()
                .findElement(By.cssSelector("label[for='f-neurologicalSymptoms-1']"))
                .click();
        browser.driver()
                .findElement(By.cssSelector("label[for='f-patternChanged-1']"))
                .click();
        submit();
        browser.waitForHeading("Get emergency care first");

        WebElement first = browser.driver().findElement(By.cssSelector("main section > *"));
        assertThat(first.getAttribute("class")).contains("urgent");
        assertThat(first.getText()).startsWith("Call 911 now");
        assertThat(browser.driver().findElement(By.id("main")).findElements(By.partialLinkText("Book")))
                .isEmpty();
        check("urgent-help");
    }

    @Test
    void the_questionnaires_page_is_accessible_and_shows_no_licence_notes() {
        browser.resize(1280, 900);
        browser.driver().get("http://127.0.0.1:" + port + "/assessment/questionnaires");

        assertThat(text(By.id("hit-6"))).contains("We do not show").doesNotContain("proprietary");
        assertThat(text(By.id("main"))).doesNotContainIgnoringCase("licen");
        check("questionnaires");
    }

    private static Intake intake(String kind) {
        Intake.Safety safety = switch (kind) {
            case "crisis" -> new Intake.Safety(false, false, false, false, false, false, false, true);
            case "not-suitable" ->
                new Intake.Safety(
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        new Intake.BloodPressure(186, 100),
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false);
            default -> new Intake.Safety(false, false, false, false, false, false, false, false);
        };
        return new Intake(
                kind.equals("crisis") ? Condition.ANXIETY : Condition.MIGRAINE,
                29,
                "94110",
                kind.equals("crisis") ? null : new Intake.Migraine(18, 7, 3, 4, 4, 10, false, 2),
                Map.of(),
                List.of("lamictal 100 mg"),
                safety,
                new Intake.Preferences(Setting.AT_HOME, null),
                kind.equals("urgent") ? new Intake.RedFlags(true, null, false, false) : null);
    }

    /** axe-core on the current page, then screenshots at phone and desktop widths. */
    private void check(String name) {
        browser.assertNoSeriousAccessibilityViolations();
        fullPage("assessment-" + name + "-360", 360);
        fullPage("assessment-" + name + "-1280", 1280);
        browser.resize(1280, 900);
    }

    /** A screenshot of the whole page at this width: the window is made as tall as the page first. */
    private void fullPage(String name, int width) {
        browser.resize(width, 800);
        Object height = browser.driver().executeScript("return document.documentElement.scrollHeight;");
        browser.resize(width, Math.min(8000, Math.max(800, ((Number) height).intValue() + 140)));
        browser.screenshot(name);
    }

    /** Presses Tab until the element has focus (keyboard only; fails if it is never reached). */
    private void tabTo(By locator) {
        WebElement target = browser.driver().findElement(locator);
        for (int i = 0; i < 120; i++) {
            if (target.equals(browser.driver().switchTo().activeElement())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + locator);
    }

    /** Tabs into a radio group (its first option) and selects the option at index with Space or arrows. */
    private void chooseRadio(String firstOptionId, int index) {
        tabTo(By.id(firstOptionId));
        if (index == 0) {
            press(Keys.SPACE);
        }
        for (int i = 0; i < index; i++) {
            press(Keys.ARROW_DOWN);
        }
        String chosen = firstOptionId.substring(0, firstOptionId.length() - 1) + index;
        assertThat(browser.driver().findElement(By.id(chosen)).isSelected())
                .as(chosen)
                .isTrue();
    }

    private void typeInto(String id, String text) {
        tabTo(By.id(id));
        new Actions(browser.driver()).sendKeys(text).perform();
    }

    private void submit() {
        tabTo(By.cssSelector("form.step-form button[type=submit]"));
        press(Keys.ENTER);
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private String text(By locator) {
        return browser.driver().findElement(locator).getText();
    }
}
