package org.caunoi.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shared pager in Chromium on the real hub: "next" swaps the list in place (htmx), the address
 * follows, and the language link then opens the same page in the other language.
 */
@HubTest
class ListPagerInTheBrowserTest extends BrowserTestBase {

    private static final By SHOWING = By.cssSelector("#agreement-rows .pager-count");

    @Test
    void nextShowsTheFollowingRowsInPlaceAndTheLanguageLinkKeepsThatPage() throws Exception {
        logIn("viewer", "en");
        browser.get(url("/agreements?size=10"));
        wait.until(ExpectedConditions.presenceOfElementLocated(SHOWING));
        String total = browser.findElement(SHOWING).getText().replaceAll(".* of ", "");
        List<String> firstPage = titles();

        browser.findElement(By.cssSelector("#agreement-rows .pager-next")).click();

        wait.until(ExpectedConditions.textToBe(SHOWING, "Showing 11–20 of " + total));
        assertThat(titles()).hasSize(10).doesNotContainAnyElementsOf(firstPage);
        assertThat(browser.getCurrentUrl()).contains("size=10", "page=1");
        assertThat(browser.findElements(By.cssSelector("#agreement-rows .pager-previous"))).hasSize(1);
        screenshot("list-pager-page-2-en");

        browser.findElement(By.id("lang-vi")).click();
        wait.until(ExpectedConditions.textToBe(SHOWING, "Hiển thị 11–20 trên tổng số " + total));
        screenshot("list-pager-page-2-vi");
    }

    private List<String> titles() {
        return browser.findElements(By.cssSelector("#agreement-rows tbody tr td:nth-child(4) a")).stream()
                .map(link -> link.getAttribute("href")).toList();
    }
}
