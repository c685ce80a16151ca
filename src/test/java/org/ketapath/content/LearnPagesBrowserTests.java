package org.ketapath.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketapath.content.domain.Page;
import org.ketapath.content.domain.PageLibrary;
import org.ketapath.support.browser.Browser;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every information page in a real browser on a phone and a desktop: what people see, and axe-core's verdict. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnPagesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    PageLibrary library;

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
    void every_information_page_reads_well_and_has_no_serious_accessibility_violations_on_phone_and_desktop() {
        List<String> paths = new ArrayList<>(List.of("/learn"));
        library.all().stream().map(Page::path).forEach(paths::add);
        for (int width : new int[] {360, 1280}) {
            browser.resize(width, 900);
            for (String path : paths) {
                browser.driver().get("http://127.0.0.1:" + port + path);

                assertThat(browser.driver().getTitle()).as(path).endsWith("| KetaPath");
                assertThat(browser.driver().findElement(By.tagName("footer")).getText())
                        .contains("In crisis? Call or text 988");
                browser.assertNoSeriousAccessibilityViolations();
                browser.screenshot("learn" + path.substring("/learn".length()).replace('/', '-') + "-" + width);
            }
        }
    }

    @Test
    void a_citation_takes_the_reader_to_its_source() {
        browser.resize(360, 800);
        browser.driver().get("http://127.0.0.1:" + port + "/learn/ketamine-for-migraine");

        browser.driver().findElement(By.cssSelector("a.cite[href='#source-1']")).click();

        assertThat(browser.driver().getCurrentUrl()).endsWith("#source-1");
        assertThat(browser.driver().findElement(By.id("source-1")).getText())
                .contains("Schwenk ES")
                .contains("doi:10.1097/AAP.0000000000000827")
                .contains("PubMed 29923953");
    }

    @Test
    void the_page_fits_a_phone_screen_without_sideways_scrolling() {
        browser.resize(360, 800);
        for (String path : List.of("/learn/cost-and-insurance", "/learn/what-happens-in-a-session")) {
            browser.driver().get("http://127.0.0.1:" + port + path);

            Object overflow =
                    browser.driver().executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as(path).isEqualTo(Boolean.FALSE);
        }
    }
}
