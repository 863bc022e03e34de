package org.caunoi.hub.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver: nothing is downloaded at run time
 * (Selenium Manager is bypassed by giving both paths).
 */
public final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("caunoi.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("caunoi.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    public static ChromeDriver start() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + BROWSER + ", " + DRIVER + "): apt-get install chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, for a human look. */
    public static void screenshot(ChromeDriver browser, String name) throws java.io.IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
