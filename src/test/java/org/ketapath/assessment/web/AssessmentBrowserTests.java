package org.ketapath.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
        assertThat(text(By.className("progress-text"))).isEqualTo("Step 1 of 6");

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
        assertThat(text(By.className("progress-text"))).isEqualTo("Step 2 of 6");
        check("headaches");

        typeInto("f-headacheDaysPerMonth", "18");
        typeInto("f-averagePain", "7");
        typeInto("f-preventiveClassesTried", "3");
        typeInto("f-acuteMedicationDaysPerMonth", "6");
        press(Keys.ENTER);
        browser.waitForHeading("ID Migraine: likelihood of migraine");
        check("questionnaire");

        // Back with the keyboard: the answers are still there
        tabTo(By.linkText("Back"));
        press(Keys.ENTER);
        browser.waitForHeading("Your headaches");
        assertThat(browser.driver().findElement(By.id("f-averagePain")).getAttribute("value"))
                .isEqualTo("7");
        tabTo(By.cssSelector("button[type=submit]"));
        press(Keys.ENTER);
        browser.waitForHeading("ID Migraine: likelihood of migraine");

        chooseRadio("f-id_migraine_q1-0", 0);
        chooseRadio("f-id_migraine_q2-0", 0);
        chooseRadio("f-id_migraine_q3-0", 1);
        submit();
        browser.waitForHeading("Your health and safety");
        check("safety");

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
            chooseRadio("f-" + name + "-0", 1); // No
        }
        submit();
        browser.waitForHeading("Your medicines");
        check("medicines");

        typeInto("f-medications", "XANAX 0.5mg");
        submit();
        browser.waitForHeading("Where you would like treatment");
        assertThat(text(By.className("progress-text"))).isEqualTo("Step 6 of 6");
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

    @Test
    void the_crisis_result_and_the_questionnaires_page_are_accessible() {
        AssessmentResult result = assessments.submit(new Intake(
                Condition.ANXIETY,
                29,
                "94110",
                null,
                Map.of(),
                List.of("lamictal 100 mg"),
                new Intake.Safety(false, false, false, false, false, false, false, true),
                new Intake.Preferences(Setting.AT_HOME, null)));
        browser.resize(1280, 900);
        browser.driver().get("http://127.0.0.1:" + port + "/assessment/results/" + result.id());

        WebElement first = browser.driver().findElement(By.cssSelector("main section > *"));
        assertThat(first.getAttribute("class")).isEqualTo("crisis-box");
        assertThat(first.getText()).contains("Call or text 988 now");
        check("result-crisis");

        browser.driver().get("http://127.0.0.1:" + port + "/assessment/questionnaires");
        assertThat(text(By.id("hit-6"))).contains("proprietary");
        check("questionnaires");
    }

    /** axe-core on the current page, then screenshots at phone and desktop widths. */
    private void check(String name) {
        browser.assertNoSeriousAccessibilityViolations();
        browser.resize(360, 800);
        browser.screenshot("assessment-" + name + "-360");
        browser.resize(1280, 900);
        browser.screenshot("assessment-" + name + "-1280");
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
