package org.caunoi.hub.browser;

import java.time.Duration;

import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test of the hub starts from: the shared hub of {@link HubTest}, a fresh
 * Chromium per test, signing in as a demo officer in a language, and screenshots for a human look.
 */
public abstract class BrowserTestBase extends HubTest.Base {

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    /** Signs in as a demo officer (password {@code demo}) with the screens in {@code language}. */
    protected void logIn(String user, String language) {
        browser.get(url("/login?lang=" + language));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        var signIn = browser.findElement(By.id("sign-in"));
        signIn.click();
        // The sign-in page has a heading too: wait for it to go, or the next page may load before the session changes.
        wait.until(ExpectedConditions.stalenessOf(signIn));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Saves the page as it looks now in {@code target/screenshots/<name>.png}. */
    protected void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
