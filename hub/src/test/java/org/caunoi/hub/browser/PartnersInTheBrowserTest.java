package org.caunoi.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An officer in a real browser: logs in, switches between Vietnamese and English, finds the
 * arrangement with Hong Kong of 28 June 2013 through the partner search, and opens it.
 * Screenshots land in target/screenshots for a human look.
 */
@HubTest
class PartnersInTheBrowserTest extends BrowserTestBase {

    @Test
    void logsInSwitchesLanguageAndOpensTheHongKongArrangement() throws Exception {
        browser.get(url("/partners"));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys("liaison");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("partner-rows")));

        browser.findElement(By.id("lang-vi")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đối tác"));
        screenshot("partners-vi");
        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Partners"));

        browser.findElement(By.id("q")).sendKeys("Hong Kong");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#partner-rows tbody tr"), 1));
        assertThat(browser.findElement(By.id("partner-HK")).getText()).contains("Customs and Excise Department, Hong Kong, China");
        screenshot("partners-search-en");
        browser.findElement(By.cssSelector("#partner-HK a")).click();

        wait.until(ExpectedConditions.textToBe(By.id("partner-name"), "Customs and Excise Department, Hong Kong, China"));
        browser.findElement(By.xpath("//table[@id='partner-agreements']//tr[td[text()='28/06/2013']]//a")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-title")));
        assertThat(browser.findElement(By.id("signed-on")).getText()).isEqualTo("28/06/2013");
        assertThat(browser.findElement(By.id("agreement-title")).getText())
                .isEqualTo("Arrangement on cooperation and mutual administrative assistance in customs matters");
        assertThat(browser.findElement(By.id("exchange-profile")).getText()).contains("Enforcement information – nominal data");
        screenshot("agreement-hk-en");

        browser.findElement(By.id("lang-vi")).click();
        wait.until(ExpectedConditions.textToBe(By.id("agreement-title"),
                "Thỏa thuận hợp tác về hỗ trợ hành chính lẫn nhau trong các vấn đề hải quan"));
        assertThat(browser.findElement(By.id("agreement-status")).getText()).isEqualTo("Đang có hiệu lực");
        screenshot("agreement-hk-vi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"investigator", "admin"})
    void theMenuFitsOneLineOfAnOfficeLaptopsScreen(String officer) throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 768));
        logIn(officer, "vi");

        Number menuHeight = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('menu').getBoundingClientRect().height;");
        Number linkHeight = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('#menu > a').getBoundingClientRect().height;");

        assertThat(menuHeight.doubleValue()).as("one line of links, not two").isLessThan(linkHeight.doubleValue() * 1.5);
    }

    @Test
    void theDashboardDrawsTheAgreementsChart() throws Exception {
        logIn("analyst", "vi");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agreements-chart canvas")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Trang tổng quan");
        assertThat(Integer.parseInt(browser.findElement(By.id("agreement-count")).getText())).isGreaterThanOrEqualTo(40);
        Object yearsAxis = ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('agreements-chart')).getOption().xAxis[0].type;");
        assertThat(yearsAxis).as("years stay along the bottom, however many (only long names go down the side)")
                .isEqualTo("category");
        screenshot("dashboard-vi");
    }

    @Test
    void afterAValidationErrorEveryFieldStaysBesideItsLabelWithItsValueAndItsOwnMessage() throws Exception {
        // A partner of this test's own, so the agreement it saves changes no other test's data.
        HubClient.as(port, "liaison").putJson("/api/partners/BROWSERFJ", """
                {"kind": "customs-administration", "isoCountry": "FJ", "nameVi": "Hải quan Fiji",
                 "nameEn": "Fiji Revenue and Customs Service", "region": "oceania"}""");
        logIn("liaison", "vi");
        browser.get(url("/agreements/new?partner=BROWSERFJ"));
        browser.findElement(By.id("titleVi")).sendKeys("Thỏa thuận thử");
        browser.findElement(By.id("counterpart")).sendKeys("Hải quan Fiji");
        browser.findElement(By.id("signed")).sendKeys("28/06/2013");
        browser.findElement(By.id("entryIntoForce")).sendKeys("01/07/2013");
        browser.findElement(By.id("expiresOn")).sendKeys("31/02/2033");
        browser.findElement(By.id("save-agreement")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        screenshot("editor-errors-vi");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Vui lòng sửa các trường được đánh dấu bên dưới.");
        List<WebElement> labels = browser.findElements(By.cssSelector("#agreement-form > label[for]"));
        assertThat(labels).hasSizeGreaterThanOrEqualTo(10);
        for (WebElement label : labels) {
            WebElement field = browser.findElement(By.id(label.getAttribute("for")));
            assertThat(Math.abs(label.getRect().getY() - field.getRect().getY()))
                    .as("%s on the row of its label", label.getAttribute("for")).isLessThanOrEqualTo(4);
            assertThat(label.getRect().getX() + label.getRect().getWidth())
                    .as("%s right of its label", label.getAttribute("for")).isLessThanOrEqualTo(field.getRect().getX());
        }
        assertThat(browser.findElement(By.id("titleVi")).getAttribute("value")).isEqualTo("Thỏa thuận thử");
        assertThat(browser.findElement(By.id("counterpart")).getAttribute("value")).isEqualTo("Hải quan Fiji");
        assertThat(browser.findElement(By.id("signed")).getAttribute("value")).isEqualTo("28/06/2013");
        assertThat(browser.findElement(By.id("entryIntoForce")).getAttribute("value")).isEqualTo("01/07/2013");
        assertThat(browser.findElement(By.id("expiresOn")).getAttribute("value")).isEqualTo("31/02/2033");
        assertThat(errorBeside("expiresOn")).isEqualTo("Ngày 31/02/2033 không có thật: hãy kiểm tra ngày và tháng.");
        assertThat(errorBeside("titleEn")).startsWith("Trường này là bắt buộc");
        assertThat(errorBeside("signed")).isEmpty();
        assertThat(errorBeside("entryIntoForce")).isEmpty();
        assertThat(errorBeside("titleVi")).isEmpty();
        assertThat(errorBeside("counterpart")).isEmpty();

        browser.findElement(By.id("titleEn")).sendKeys("Test arrangement");
        browser.findElement(By.id("expiresOn")).clear();
        browser.findElement(By.id("expiresOn")).sendKeys("30/06/2033");
        browser.findElement(By.id("save-agreement")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-on")));
        assertThat(browser.findElement(By.id("signed-on")).getText()).isEqualTo("28/06/2013");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("01/07/2013", "30/06/2033");
        screenshot("agreement-typed-days-vi");
    }

    /** The message shown in the cell of a field, empty when it has none. */
    private String errorBeside(String fieldId) {
        return browser.findElement(By.id(fieldId)).findElement(By.xpath(".."))
                .findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText).collect(Collectors.joining());
    }
}
