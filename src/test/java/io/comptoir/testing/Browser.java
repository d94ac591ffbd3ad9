package io.comptoir.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its ChromeDriver (both installed by {@code .ci/run}; no
 * test tool may download a browser here), with the flags this closed network needs, a fresh
 * profile per browser, and screenshots under {@code target/console-screenshots} for review.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open(String language) {
        try {
            Path profile = Files.createTempDirectory("comptoir-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--window-size=1440,1000",
                            "--lang=" + language,
                            "--accept-lang=" + language,
                            "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                            .toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    /** Waits until the browser is at a URL containing {@code path}, its page loaded and its scripts started. */
    public void at(String path) {
        until(d -> d.getCurrentUrl().contains(path) && "complete".equals(script("return document.readyState")));
    }

    /*
     * The console's scripts replace rows and lists whenever they load (a search, a decision, the
     * platform's refresh every 5 s), so no element is handed out: each operation below looks its
     * element up afresh inside a bounded wait, and looks again while it is missing or was replaced.
     * A locator starting with "/" or "(" is an XPath, any other a CSS selector.
     */

    private static By by(String locator) {
        return locator.startsWith("/") || locator.startsWith("(") ? By.xpath(locator) : By.cssSelector(locator);
    }

    /** What {@code property} reads of the element, once found and read without it being replaced meanwhile. */
    private <T> T read(String locator, Function<WebElement, T> property) {
        return until(d -> Optional.ofNullable(property.apply(d.findElement(by(locator)))))
                .orElse(null);
    }

    /** The element's text. */
    public String text(String locator) {
        return read(locator, WebElement::getText);
    }

    /** Waits until the element's text contains every part, and returns that text (from the same lookup). */
    public String untilText(String locator, String... parts) {
        return until(d -> {
            String text = d.findElement(by(locator)).getText();
            return Arrays.stream(parts).allMatch(text::contains) ? text : null;
        });
    }

    /** The texts of the elements, read from one lookup once there is at least one. */
    public List<String> texts(String locator) {
        return all(locator, WebElement::getText);
    }

    /** The attribute (or property, as {@code value}) of the element. */
    public String attribute(String locator, String name) {
        return read(locator, e -> e.getAttribute(name));
    }

    /** Waits until the element's attribute satisfies {@code condition}, and returns it. */
    public String untilAttribute(String locator, String name, Predicate<String> condition) {
        return until(d -> {
            String value = d.findElement(by(locator)).getAttribute(name);
            return value != null && condition.test(value) ? value : null;
        });
    }

    /** The attribute of each element, read from one lookup once there is at least one. */
    public List<String> attributes(String locator, String name) {
        return all(locator, e -> e.getAttribute(name));
    }

    private <T> List<T> all(String locator, Function<WebElement, T> property) {
        return until(d -> {
            List<WebElement> elements = d.findElements(by(locator));
            return elements.isEmpty() ? null : elements.stream().map(property).toList();
        });
    }

    /** Whether the element is shown now (not waiting for either answer). */
    public boolean displayed(String locator) {
        return read(locator, WebElement::isDisplayed);
    }

    /** Waits until nothing matches: a row the page took away once it re-rendered. */
    public void untilGone(String locator) {
        until(d -> d.findElements(by(locator)).isEmpty());
    }

    public void click(String locator) {
        act(locator, WebElement::click);
    }

    /** Replaces the field's content with {@code text}. */
    public void type(String locator, String text) {
        act(locator, e -> {
            e.clear();
            if (!text.isEmpty()) e.sendKeys(text);
        });
    }

    /** Chooses the option of {@code value} in the select (waiting for that option too). */
    public void select(String locator, String value) {
        act(locator, e -> new Select(e).selectByValue(value));
    }

    private void act(String locator, Consumer<WebElement> action) {
        until(d -> {
            action.accept(d.findElement(by(locator)));
            return true;
        });
    }

    /**
     * Waits (bounded) until {@code condition} holds, returning its value; on time-out, saves a
     * screenshot and says where the browser was and what the page showed.
     */
    public <T> T until(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT)
                    .ignoring(RuntimeException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            Path shot = screenshot("timed-out-" + System.currentTimeMillis());
            throw new AssertionError(
                    "timed out at " + driver.getCurrentUrl() + " (" + shot + "), the page showing:\n"
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Saves the page as {@code target/console-screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
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
            // a profile left in /tmp is harmless
        }
    }
}
