package io.darkroom.app.server.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

/**
 * Debian's headless chromium driven through its chromedriver (both installed by {@code .ci/run}). The binaries
 * are given explicitly so Selenium never tries to download a browser or a driver (this machine has no internet).
 * Tests skip, saying why, only when the browser is not installed or does not start.
 */
final class HeadlessChromium implements AutoCloseable {
    /** Where screenshots go: test artefacts, kept with the build output. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser at a laptop-sized window, or skips the calling test class with the reason. */
    static HeadlessChromium start() {
        Optional<Path> browser = firstExisting(System.getProperty("darkroom.chromium"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Optional<Path> chromedriver = firstExisting(System.getProperty("darkroom.chromedriver"), "/usr/bin/chromedriver");
        Assumptions.assumeTrue(browser.isPresent() && chromedriver.isPresent(),
                "Skipping browser tests: chromium and chromedriver are not installed (apt-get install chromium chromium-driver; .ci/run does it)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.SEVERE);
        options.setCapability("goog:loggingPrefs", logs);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--force-device-scale-factor=1", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort().build();
        try {
            return new HeadlessChromium(new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            Assumptions.abort("Skipping browser tests: chromium did not start (" + e.getMessage().lines().findFirst().orElse("") + ")");
            throw e;
        }
    }

    private static Optional<Path> firstExisting(String... candidates) {
        return Arrays.stream(candidates).filter(c -> c != null && !c.isBlank()).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }

    WebDriver driver() {
        return driver;
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a PNG of the viewport under target/screenshots. */
    Path screenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.createDirectories(SCREENSHOTS);
            Path to = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save screenshot " + name, e);
        }
    }

    /**
     * The page's script errors since the last call (uncaught exceptions, console.error); failed requests are
     * left out, since the page probes optional endpoints that may answer 404.
     */
    List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource")).toList();
    }

    @SuppressWarnings("unchecked")
    <T> T script(String js, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(js, args);
    }

    @Override
    public void close() {
        driver.quit();
    }

    static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
