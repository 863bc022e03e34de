package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.caunoi.hub.HubTest;
import org.caunoi.hub.browser.BrowserTestBase;
import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.web.Paging;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An officer drafts a request for assistance in a real browser, in Vietnamese and in English: the
 * refusal without a legal basis in the officer's language, the draft with its deadline and history,
 * the supervisor's approval, the list and the figures page with its chart.
 */
@HubTest
class AssistanceInTheBrowserTest extends BrowserTestBase {

    @Autowired
    List<MessageHandler> handlers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.caunoi.hub.partners.Partners partners;

    @Test
    void aLongUnbrokenQuestionWrapsInsteadOfWideningThePage() throws Exception {
        var created = org.caunoi.hub.HubClient.as(port, "liaison").postJson("/api/assistance/requests", """
                {"partner": "HK", "kind": "verification-of-origin", "subject": "origin-fraud", "purpose": "verification",
                 "questions": "%s", "concerns": "%s"}""".formatted("Q".repeat(10_000), "C".repeat(2_000)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.body(), "$.id")).longValue();
        logIn("liaison", "en");

        browser.get(url("/assistance/requests/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-questions")));

        long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        long windowWidth = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertThat(pageWidth).as("no sideways scrolling").isLessThanOrEqualTo(windowWidth);
        screenshot("assistance-long-question-wraps");
    }

    @Test
    void anOfficerDraftsARequestAndASupervisorApprovesIt() throws Exception {
        logIn("liaison", "vi");
        browser.get(url("/assistance/requests/new"));
        fillRequest("LA");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Không thể gửi yêu cầu hỗ trợ cho " + partners.partner("LA").orElseThrow().nameVi()
                        + ": văn kiện hợp tác không bao gồm yêu cầu hỗ trợ.")
                .doesNotContain("category-not-covered");
        screenshot("assistance-refused-vi");

        assertThat(new Select(browser.findElement(By.id("partner"))).getFirstSelectedOption().getAttribute("value"))
                .as("the choice kept").isEqualTo("LA");
        fillRequest("HK");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-reference")));
        String path = browser.getCurrentUrl().substring(url("").length());
        assertThat(browser.findElement(By.id("request-state")).getText()).isEqualTo("Dự thảo");
        assertThat(browser.findElement(By.id("request-deadline")).getText()).contains("(còn 60 ngày)");
        assertThat(browser.findElements(By.id("approve"))).as("a liaison officer does not approve").isEmpty();
        assertThat(browser.findElement(By.id("awaits-approval")).getText()).contains("chỉ được gửi đi sau khi lãnh đạo phê duyệt");
        screenshot("assistance-draft-vi");

        browser.findElement(By.id("file")).sendKeys(file("notes.txt", "Not a PDF at all.").toString());
        browser.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.cssSelector(".field-error")).getText())
                .isEqualTo("Tệp không thuộc loại được phép (chỉ nhận application/pdf).");
        assertThat(browser.findElement(By.id("request-files")).getText()).isEqualTo("Không có.");
        browser.findElement(By.id("file")).sendKeys(file("certificate E2612345.pdf", "%PDF-1.4\n%%EOF\n").toString());
        browser.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#request-files a.attachment"), "certificate E2612345.pdf"));
        assertThat(browser.findElements(By.cssSelector(".field-error"))).isEmpty();

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
        logIn("supervisor", "en");
        // Next year: other tests of this hub may have made requests this year, none can have made any then.
        java.time.Year empty = java.time.Year.now(org.caunoi.hub.TestHub.ZONE).plusYears(1);
        browser.get(url("/assistance/figures?year=" + empty));
        assertThat(browser.findElement(By.id("figures-no-data")).getText()).as("a year without figures: said, not zeros")
                .contains("No figures for " + empty);
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("a year, not a number with a thousands separator")
                .endsWith(" " + empty);
        assertThat(browser.findElement(By.id("figures-chart")).isDisplayed()).as("no empty frame of axes").isFalse();
        // Last year, the demo year, has requests received (this year may hold only other tests' requests sent).
        browser.findElement(By.xpath("//*[@id='figures-no-data']//a[contains(@class, 'year-with-data') and text()='"
                + java.time.Year.now(org.caunoi.hub.TestHub.ZONE).minusYears(1) + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#figures-chart canvas")));
        assertThat(browser.findElement(By.id("figures-summary")).getText()).matches("\\d+ requests received, \\d+ answered, \\d+ overdue\\.");
        // Partners' names do not fit side by side under the bars (ECharts would drop most): one bar a line.
        @SuppressWarnings("unchecked")
        var partnerAxis = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                var option = echarts.getInstanceByDom(document.getElementById('figures-chart')).getOption();
                return option.yAxis[0].type === 'category' ? option.yAxis[0].data : [];""");
        var partnerColumn = browser.findElements(By.cssSelector("#figures-per-partner tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(partnerAxis).as("every partner named down the chart's side, in the table's order").isEqualTo(partnerColumn);

        browser.findElement(By.id("lang-vi")).click();
        wait.until(ExpectedConditions.textMatches(By.id("figures-summary"),
                java.util.regex.Pattern.compile("Đã tiếp nhận \\d+ yêu cầu, đã trả lời \\d+, quá hạn \\d+\\.")));
        screenshot("assistance-figures-vi");
    }

    @Test
    void aReplyRefusingWithoutItsReasonIsRefusedInTheOfficersLanguage() throws Exception {
        String senderReference = "HK-AR-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        byte[] payload = """
                {"reference": "%s", "kind": "information-on-shipments", "subject": "drugs", "purpose": "investigation",
                 "questions": "Which vessel carried container MSKU1234565?"}""".formatted(senderReference)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MessageHandler handler = handlers.stream().filter(h -> h.type().toString().equals("assistance/Request"))
                .findFirst().orElseThrow();
        transactions.executeWithoutResult(status -> handler.handle(new ReceivedMessage(
                java.util.UUID.randomUUID() + "@hk.caunoi", "HK", handler.type(), DataCategory.ASSISTANCE_REQUEST,
                Purpose.INVESTIGATION, "application/json", payload, java.time.Instant.now(), Threading.NONE)));

        logIn("liaison", "vi");
        browser.get(url("/assistance/requests?direction=in&partner=HK"));
        browser.findElement(By.xpath("//*[@id='request-rows']//tr[td[text()='Yêu cầu cung cấp thông tin về lô hàng']]//a"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
        new Select(browser.findElement(By.id("outcome"))).selectByValue("refused");
        browser.findElement(By.id("text")).sendKeys("We cannot help with this vessel.");
        browser.findElement(By.id("draft-answer")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.cssSelector(".field-error")).getText()).isEqualTo("Từ chối hỗ trợ: cần nêu lý do.");
        assertThat(browser.findElement(By.id("request-state")).getText()).isEqualTo("Đã tiếp nhận");
        assertThat(new Select(browser.findElement(By.id("outcome"))).getFirstSelectedOption().getText())
                .as("the outcome kept").isEqualTo("Từ chối hỗ trợ");
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).as("the text kept")
                .isEqualTo("We cannot help with this vessel.");
        screenshot("assistance-reply-refused-vi");

        new Select(browser.findElement(By.id("outcome"))).selectByValue("refused");
        browser.findElement(By.id("reason")).sendKeys("Article 12: the matter is before a court.");
        browser.findElement(By.id("draft-answer")).click();
        wait.until(ExpectedConditions.textToBe(By.id("request-state"), "Đã dự thảo trả lời"));
    }

    @Test
    void eachNumberOfTheFiguresOpensTheListOfTheRequestsItCountsAndDemoDataIsMarked() throws Exception {
        int lastYear = java.time.Year.now(org.caunoi.hub.TestHub.ZONE).getValue() - 1;
        logIn("supervisor", "en");
        browser.get(url("/assistance/figures?year=" + lastYear));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answer-time-chart canvas")));
        assertThat(browser.findElement(By.id("figures-demo")).getText()).contains("Demo data");
        assertThat(browser.findElement(By.id("figures-answer-time")).getText())
                .matches("Half of the answers went within \\d+ days, nine in ten within \\d+ days\\.");
        screenshot("assistance-figures-demo-year-en");

        var answered = browser.findElements(By.cssSelector("#figures-per-subject a.count")).get(1);
        String count = answered.getText();
        answered.click();
        By shown = By.cssSelector("#request-rows .pager-count");
        wait.until(ExpectedConditions.presenceOfElementLocated(shown));
        int onFirstPage = Math.min(Integer.parseInt(count), Paging.DEFAULT_SIZE);
        assertThat(browser.findElement(shown).getText()).isEqualTo("Showing 1–" + onFirstPage + " of " + count);
        assertThat(browser.findElements(By.cssSelector("#request-rows tbody tr"))).hasSize(onFirstPage);
        assertThat(browser.findElements(By.cssSelector("#request-rows .badge.demo"))).hasSize(onFirstPage);
        assertThat(browser.findElement(By.id("request-filters")).getText()).as("each filter named, and its value")
                .contains("year: " + lastYear, "count: answered");

        browser.get(browser.getCurrentUrl() + "&lang=vi");
        wait.until(ExpectedConditions.textToBe(shown, "Hiển thị 1–" + onFirstPage + " trên tổng số " + count));
        screenshot("assistance-figures-list-vi");
    }

    private static java.nio.file.Path file(String name, String content) throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("assistance-upload");
        return java.nio.file.Files.writeString(folder.resolve(name), content);
    }

    private void fillRequest(String partner) {
        new Select(browser.findElement(By.id("partner"))).selectByValue(partner);
        new Select(browser.findElement(By.id("kind"))).selectByValue("verification-of-origin");
        new Select(browser.findElement(By.id("subject"))).selectByValue("origin-fraud");
        new Select(browser.findElement(By.id("purpose"))).selectByValue("verification");
        browser.findElement(By.id("questions")).clear();
        browser.findElement(By.id("questions")).sendKeys("Was certificate E2612345 issued by your authority?");
        browser.findElement(By.id("save-request")).click();
    }
}
