package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;


import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.browser.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.json.JsonMapper;

/**
 * An investigator in a real browser: records a seizure (a wrong IMO check digit refused in Vietnamese,
 * nothing stored), finds the suspect by another spelling in English, and opens an operation page
 * whose chart ECharts draws. Screenshots land in target/screenshots.
 */
@HubTest
class EnforcementInTheBrowserTest extends BrowserTestBase {

    @Test
    void recordsASeizureWithErrorsInVietnameseThenFindsTheSuspectInEnglish() throws Exception {
        logIn("investigator", "vi");
        browser.get(url("/enforcement/cases/new"));
        type("date", "2026-11-02");
        type("place", "VNHPH");
        type("hsCode", "293945");
        type("description", "Methamphetamine hidden in tea packages");
        type("quantityValue", "12.5");
        type("vesselName", "HAI PHONG STAR");
        type("imo", "9074728");
        type("container", "CSQU3054383");
        type("personName", "Nguyễn Văn Hùng");
        type("personNationality", "VN");
        type("companyName", "Công ty TNHH Thương mại Hoàng Long");
        browser.findElement(By.id("save-case")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Số IMO 9074728 không hợp lệ: 7 chữ số, chữ số cuối là số kiểm tra.");
        screenshot("enforcement-case-errors-vi");
        browser.findElement(By.id("imo")).clear();
        type("imo", "9074729");
        browser.findElement(By.id("save-case")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-reference")));
        String reference = browser.findElement(By.id("case-reference")).getText();
        assertThat(reference).matches("VN-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("case-persons")).getText()).contains("Nguyễn Văn Hùng (Nguyen Van Hung)");
        assertThat(browser.findElement(By.id("case-category")).getText()).isEqualTo("Ma túy");
        screenshot("enforcement-case-vi");

        browser.get(url("/enforcement/cases?lang=en"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Enforcement cases"));
        type("q", "Hung Nguyen Van");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hits")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hits"), reference));
        assertThat(browser.findElement(By.id("hits")).getText()).contains("Person", "Hung = Hung");
        screenshot("enforcement-search-en");
    }

    @Test
    void theOperationPageDrawsItsTotalsFromTheTaggedCases() throws Exception {
        var api = HubClient.as(port, "investigator");
        var json = JsonMapper.builder().build();
        long operation = json.readTree(api.postJson("/api/enforcement/operations",
                "{\"name\": \"Mekong Dragon\", \"categories\": [\"drugs\"], \"partners\": [\"HK\", \"LA\"]}").body())
                .get("id").asLong();
        for (double kilograms : new double[] {12.5, 3}) {
            long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("quantity.value", kilograms));
            api.postJson("/api/enforcement/operations/" + operation + "/cases/" + id, "");
        }

        logIn("analyst", "en");
        browser.get(url("/enforcement/operations/" + operation));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#operation-chart canvas")));
        assertThat(browser.findElement(By.id("operation-cases")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("total-drugs")).getText()).contains("15.5 kg");
        screenshot("enforcement-operation-en");
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }
}
