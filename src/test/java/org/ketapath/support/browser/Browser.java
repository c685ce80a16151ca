package org.ketapath.support.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, both given by path (nothing is downloaded).
 * Without Chromium the browser tests are skipped with a message saying so, unless {@code -De2e.required=true}
 * (CI), where a missing browser fails the build.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser with an empty profile, or skips (fails, when required) if Chromium is absent. */
    public static Browser start() {
        File chromium = executable("e2e.chromium", "/usr/bin/chromium");
        File chromedriver = executable("e2e.chromedriver", "/usr/bin/chromedriver");
        boolean required = Boolean.getBoolean("e2e.required");
        if (chromium == null || chromedriver == null) {
            String message = "Browser tests skipped: Chromium and chromedriver were not found"
                    + " (install Debian's chromium and chromium-driver, or set -De2e.chromium and -De2e.chromedriver)";
            if (required) {
                Assertions.fail(message.replace("skipped", "required (-De2e.required=true) but cannot run"));
            }
            // Shown in the build output, not only in the test report, so a skip is never silent.
            System.out.println("[WARNING] " + message);
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("ketapath-chromium-");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(chromium)
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-quic",
                            "--no-first-run",
                            "--lang=en-US",
                            "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver)
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Waits until an element matching the locator is on the page. */
    public void waitFor(By locator) {
        waiting().until(d -> !d.findElements(locator).isEmpty());
    }

    /** Waits until an element matching the locator is on the page and displayed. */
    public void waitForVisible(By locator) {
        waiting().until(d -> d.findElements(locator).stream().anyMatch(WebElement::isDisplayed));
    }

    /** Waits until the page's heading reads exactly the given text (the next page has loaded). */
    public void waitForHeading(String heading) {
        waiting()
                .until(d -> d.findElements(By.tagName("h1")).stream()
                        .anyMatch(h -> h.getText().equals(heading)));
    }

    /** Waits until the browser has loaded a page whose address contains the given text. */
    public void waitForUrl(String part) {
        waiting()
                .until(d -> d.getCurrentUrl().contains(part)
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private Waiting waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return new Waiting(wait);
    }

    /**
     * A wait that also treats chromedriver's "Node with given id does not belong to the document" as "not yet":
     * it is what Chrome answers, instead of a stale-element error, when the page is replaced between finding an
     * element and reading it (a navigation in progress). Every other error still ends the wait.
     */
    private record Waiting(WebDriverWait delegate) {
        void until(java.util.function.Function<WebDriver, Boolean> condition) {
            delegate.until(d -> {
                try {
                    return condition.apply(d);
                } catch (WebDriverException e) {
                    if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                        return false;
                    }
                    throw e;
                }
            });
        }
    }

    /** Runs axe-core on the current page and fails on any serious or critical violation. */
    public void assertNoSeriousAccessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        Assertions.assertTrue(
                serious.isEmpty(),
                () -> "axe-core found serious or critical violations on " + driver.getCurrentUrl() + ":\n"
                        + serious.stream()
                                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                                        + " "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")));
    }

    /** Saves a PNG of the viewport under target/screenshots for reviewers. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }

    private static File executable(String property, String fallback) {
        File file = new File(System.getProperty(property, fallback));
        return file.canExecute() ? file : null;
    }
}
