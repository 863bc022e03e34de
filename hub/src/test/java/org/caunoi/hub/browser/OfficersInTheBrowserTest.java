package org.caunoi.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser, in Vietnamese: the administrator creates an officer's account from the menu and
 * reads the temporary password once; the officer signs in with it, is led to choose a password of
 * their own, and signs in again with that one.
 */
@HubTest
class OfficersInTheBrowserTest extends BrowserTestBase {

    @Test
    void anAdministratorCreatesAnAccountAndTheOfficerChoosesAPassword() throws Exception {
        String username = "ttlan-" + ProcessHandle.current().pid();
        logIn("admin", "vi");
        // The administration's links open under its name in the menu.
        WebElement officers = browser.findElement(By.cssSelector("#menu a[href='/admin/officers']"));
        assertThat(officers.isDisplayed()).as("folded under its group until asked for").isFalse();
        WebElement group = browser.findElement(By.cssSelector("#menu .menu-group[data-module='platform'] .menu-head"));
        assertThat(group.getText()).isEqualTo("Quản trị");
        group.click();
        wait.until(ExpectedConditions.visibilityOf(officers));
        officers.click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Quản lý người dùng"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("Trần Thị Lan");
        browser.findElement(By.cssSelector("input[name='roles'][value='liaison-officer']")).click();
        browser.findElement(By.id("create-officer")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("temporary-password")));
        String temporary = browser.findElement(By.id("temporary-password-value")).getText();
        assertThat(temporary).hasSize(16);
        assertThat(browser.findElement(By.id("officer-state")).getText()).contains("phải đổi mật khẩu tạm");
        screenshot("officer-created-vi");

        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=vi"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(temporary);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-must-change")));
        browser.get(url("/partners"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-must-change")));
        browser.findElement(By.id("currentPassword")).sendKeys(temporary);
        browser.findElement(By.id("newPassword")).sendKeys("hợp tác quốc tế 2026");
        browser.findElement(By.id("confirmation")).sendKeys("hợp tác quốc tế 2026");
        screenshot("password-change-vi");
        browser.findElement(By.id("change-password")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-changed")));
        assertThat(browser.findElement(By.id("password-changed")).getText()).isEqualTo("Đã đổi mật khẩu. Hãy đăng nhập bằng mật khẩu mới.");

        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("hợp tác quốc tế 2026");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/partners"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đối tác"));
    }
}
