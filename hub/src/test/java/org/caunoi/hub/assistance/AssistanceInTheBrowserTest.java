package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.caunoi.hub.HubTest;
import org.caunoi.hub.browser.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer drafts a request for assistance in a real browser, in Vietnamese and in English: the
 * refusal without a legal basis in the officer's language, the draft with its deadline and history,
 * the supervisor's approval, the list and the figures page with its chart.
 */
@HubTest
class AssistanceInTheBrowserTest extends HubTest.Base {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anOfficerDraftsARequestAndASupervisorApprovesIt() throws Exception {
        logIn("liaison", "vi");
        browser.get(url("/assistance/requests/new"));
        fillRequest("LA");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Không có thỏa thuận nào với LA cho phép gửi yêu cầu hỗ trợ (category-not-covered)");
        screenshot("assistance-refused-vi");

        browser.findElement(By.id("partner")).clear();
        fillRequest("HK");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-reference")));
        String path = browser.getCurrentUrl().substring(url("").length());
        assertThat(browser.findElement(By.id("request-state")).getText()).isEqualTo("Dự thảo");
        assertThat(browser.findElement(By.id("request-deadline")).getText()).contains("(còn 60 ngày)");
        assertThat(browser.findElements(By.id("approve"))).as("a liaison officer does not approve").isEmpty();
        screenshot("assistance-draft-vi");

        browser.manage().deleteAllCookies();
        logIn("supervisor", "en");
        browser.get(url(path));
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textMatches(By.id("request-state"), java.util.regex.Pattern.compile("Sent|Received by the partner")));
        assertThat(browser.findElement(By.id("request-history")).getText()).contains("Drafted", "Approved and sent");
        screenshot("assistance-sent-en");

        browser.get(url("/assistance/requests?direction=out"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-rows")));
        assertThat(browser.findElement(By.id("request-rows")).getText()).contains("Outgoing request", "Verification of origin");
    }

    @Test
    void theFiguresPageDrawsItsChartInBothLanguages() throws Exception {
        logIn("analyst", "en");
        browser.get(url("/assistance/figures"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#figures-chart canvas")));
        assertThat(browser.findElement(By.id("figures-summary")).getText()).matches("\\d+ requests received, \\d+ answered, \\d+ overdue\\.");

        browser.findElement(By.id("lang-vi")).click();
        wait.until(ExpectedConditions.textMatches(By.id("figures-summary"),
                java.util.regex.Pattern.compile("Đã tiếp nhận \\d+ yêu cầu, đã trả lời \\d+, quá hạn \\d+\\.")));
        screenshot("assistance-figures-vi");
    }

    private void fillRequest(String partner) {
        browser.findElement(By.id("partner")).sendKeys(partner);
        new Select(browser.findElement(By.id("kind"))).selectByValue("verification-of-origin");
        new Select(browser.findElement(By.id("subject"))).selectByValue("origin-fraud");
        new Select(browser.findElement(By.id("purpose"))).selectByValue("verification");
        browser.findElement(By.id("questions")).clear();
        browser.findElement(By.id("questions")).sendKeys("Was certificate E2612345 issued by your authority?");
        browser.findElement(By.id("save-request")).click();
    }

    private void logIn(String user, String language) {
        browser.get(url("/login?lang=" + language));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
