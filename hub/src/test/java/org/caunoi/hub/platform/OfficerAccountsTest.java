package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Administrators manage officers' accounts; an officer replaces the temporary password the hub made
 * before doing anything else; a change to an account ends the officer's open sessions at once.
 */
@HubTest
class OfficerAccountsTest extends HubTest.Base {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password-value\">([^<]+)<");

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    org.caunoi.hub.platform.i18n.Sentences sentences;

    @Test
    void anAdministratorCreatesAnOfficerWhoReplacesTheTemporaryPasswordFirst() {
        String username = newUsername();
        var created = admin().postJson("/api/officers", """
                {"username": "%s", "displayName": "Đỗ Thị Mai", "unit": "dtcbl", "roles": ["investigator"],
                 "email": "mai@customs.gov.vn", "language": "en"}""".formatted(username));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String temporary = JsonPath.read(created.body(), "$.temporaryPassword");
        assertThat(temporary).hasSize(16);
        assertThat(JsonPath.<Boolean>read(created.body(), "$.officer.mustChangePassword")).isTrue();
        assertThat(JsonPath.<List<String>>read(created.body(), "$.officer.roles")).containsExactly("investigator");
        assertThat(JsonPath.<String>read(created.body(), "$.officer.email")).isEqualTo("mai@customs.gov.vn");

        var officer = new HubClient(port, username, temporary);
        var blocked = officer.get("/api/enforcement/cases", "en");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(JsonPath.<String>read(blocked.body(), "$.detail")).contains("/api/account/password");

        var tooShort = officer.postJson("/api/account/password", """
                {"currentPassword": "%s", "newPassword": "short"}""".formatted(temporary));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(tooShort.body(), "$.errors[*].field")).containsExactly("newPassword");
        var tooShortInEnglish = officer.postJson("/api/account/password?lang=en", """
                {"currentPassword": "%s", "newPassword": "short"}""".formatted(temporary));
        assertThat(JsonPath.<String>read(tooShortInEnglish.body(), "$.detail")).as("the password, and why")
                .startsWith("The password was not changed: Use at least").doesNotContain("account");
        // 57 letters but 73 bytes: bcrypt keeps 72, and Spring Security refuses to hash more (it was a 500).
        var tooLong = officer.postJson("/api/account/password", """
                {"currentPassword": "%s", "newPassword": "những chiếc thuyền nhỏ xuôi dòng sông Hương lúc hoàng hôn"}"""
                .formatted(temporary));
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(tooLong.body(), "$.errors[*].field")).containsExactly("newPassword");
        var common = officer.postJson("/api/account/password", """
                {"currentPassword": "%s", "newPassword": "123456789012"}""".formatted(temporary));
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(common.body(), "$.errors[*].message")).singleElement().asString()
                .startsWith("Mật khẩu là, hoặc dựa trên, một trong những mật khẩu được dùng nhiều nhất");
        assertThat(JsonPath.<String>read(common.body(), "$.detail"))
                .startsWith("Mật khẩu chưa được đổi: Mật khẩu là, hoặc dựa trên");
        var wrongCurrent = officer.postJson("/api/account/password", """
                {"currentPassword": "not-it-at-all", "newPassword": "a long enough passphrase"}""");
        assertThat(JsonPath.<List<String>>read(wrongCurrent.body(), "$.errors[*].field")).containsExactly("currentPassword");

        assertThat(officer.postJson("/api/account/password", """
                {"currentPassword": "%s", "newPassword": "a long enough passphrase"}""".formatted(temporary)).statusCode())
                .isEqualTo(204);
        assertThat(officer.get("/api/enforcement/cases").statusCode()).as("the temporary password is gone").isEqualTo(401);
        assertThat(new HubClient(port, username, "a long enough passphrase").get("/api/enforcement/cases").statusCode())
                .isEqualTo(200);
        assertThat(audit.search("admin", "user", "CREATE", null, 50)).anySatisfy(entry -> {
            assertThat(entry.recordId()).isEqualTo(username);
            assertThat(sentences.render(entry.details(), java.util.Locale.ENGLISH))
                    .as("unit and roles by their names").isEqualTo("unit Anti-Smuggling Investigation Department, roles Investigator, "
                            + "e-mail mai@customs.gov.vn; temporary password to be changed at the first sign-in");
        });
        assertThat(audit.search(username, "user", "CHANGE_PASSWORD", null, 5)).hasSize(1);
    }

    @Test
    void onScreenTheTemporaryPasswordIsShownOnceAndTheOfficerIsLedToReplaceIt() {
        String username = newUsername();
        var administrator = new BrowserSession(port);
        administrator.logIn("admin", "demo");
        String page = administrator.postFormForPage("/admin/officers?lang=vi", "username=" + username
                + "&displayName=" + encode("Vũ Văn Nam") + "&unit=htqt&roles=liaison-officer&roles=viewer&email=&language=vi");
        assertThat(page).contains("Đã tạo tài khoản");
        String temporary = temporaryPasswordIn(page);
        assertThat(administrator.get("/admin/officers/" + username + "?lang=vi")).as("shown once")
                .doesNotContain(temporary).contains("phải đổi mật khẩu tạm");

        var officer = new BrowserSession(port);
        officer.logIn(username, temporary);
        var home = officer.get("/", "Accept-Language", "vi");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/account/password"));
        assertThat(officer.get("/account/password?lang=vi")).contains("Mật khẩu của bạn do quản trị viên đặt");

        String differs = changePassword(officer, temporary, "my own good passphrase", "my own good passphrase!").body();
        assertThat(differs).contains("Hai mật khẩu mới không khớp nhau");
        var changed = changePassword(officer, temporary, "my own good passphrase", "my own good passphrase");
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?changed"));

        var again = new BrowserSession(port);
        again.logIn(username, "my own good passphrase");
        assertThat(again.status("/partners")).isEqualTo(200);
    }

    @Test
    void disablingAnOfficerEndsTheirSessionsAndSignInsAtOnce() {
        String username = readyOfficer("investigator");
        var officer = new BrowserSession(port);
        officer.logIn(username, "a long enough passphrase");
        assertThat(officer.status("/enforcement/cases")).isEqualTo(200);

        var disabled = admin().postJson("/api/officers/" + username + "/disable", "");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(disabled.body(), "$.enabled")).isFalse();

        var next = officer.get("/enforcement/cases", "Accept-Language", "en");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/login"));
        assertThat(new HubClient(port, username, "a long enough passphrase").get("/api/enforcement/cases").statusCode()).isEqualTo(401);
        assertThat(audit.search("admin", "user", "DISABLE", null, 50)).anySatisfy(entry -> assertThat(entry.recordId()).isEqualTo(username));

        assertThat(admin().postJson("/api/officers/" + username + "/enable", "").statusCode()).isEqualTo(200);
        assertThat(new HubClient(port, username, "a long enough passphrase").get("/api/enforcement/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void aChangeOfRolesEndsTheSessionSoTheNextSignInHasTheNewOnes() {
        String username = readyOfficer("viewer");
        var officer = new BrowserSession(port);
        officer.logIn(username, "a long enough passphrase");
        assertThat(officer.status("/partners/new")).as("a viewer changes nothing").isEqualTo(403);

        var updated = admin().putJson("/api/officers/" + username, """
                {"displayName": "Officer %s", "unit": "htqt", "roles": ["liaison-officer"], "language": "vi"}""".formatted(username));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);

        assertThat(officer.status("/partners/new")).as("the old session ended").isEqualTo(302);
        var again = new BrowserSession(port);
        again.logIn(username, "a long enough passphrase");
        assertThat(again.status("/partners/new")).isEqualTo(200);
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndMustBeReplacedInTurn() {
        String username = readyOfficer("analyst");
        var token = admin().postJson("/api/tokens", "{\"name\": \"risk engine\", \"owner\": \"%s\"}".formatted(username));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        String secret = JsonPath.read(token.body(), "$.token");
        assertThat(HubClient.anonymous(port).get("/api/partners", Map.of("Authorization", "Bearer " + secret)).statusCode())
                .isEqualTo(200);

        var reset = admin().postJson("/api/officers/" + username + "/reset-password", "");
        assertThat(reset.statusCode()).isEqualTo(200);
        String temporary = JsonPath.read(reset.body(), "$.temporaryPassword");

        assertThat(new HubClient(port, username, "a long enough passphrase").get("/api/partners").statusCode()).isEqualTo(401);
        assertThat(new HubClient(port, username, temporary).get("/api/partners").statusCode()).isEqualTo(403);
        assertThat(HubClient.anonymous(port).get("/api/partners", Map.of("Authorization", "Bearer " + secret)).statusCode())
                .as("the officer's token waits for the new password too").isEqualTo(403);
        assertThat(audit.search("admin", "user", "RESET_PASSWORD", null, 50)).anySatisfy(entry -> assertThat(entry.recordId()).isEqualTo(username));
    }

    @Test
    void onlyAdministratorsManageAccountsAndNobodyLocksThemselvesOut() {
        for (String role : List.of("liaison", "supervisor", "investigator", "viewer")) {
            assertThat(HubClient.as(port, role).get("/api/officers").statusCode()).as(role).isEqualTo(403);
            assertThat(HubClient.as(port, role).postJson("/api/officers", "{\"username\": \"x\"}").statusCode())
                    .as(role + ": permission before validation").isEqualTo(403);
            var browser = new BrowserSession(port);
            browser.logIn(role, "demo");
            assertThat(browser.status("/admin/officers")).as(role).isEqualTo(403);
        }

        var disableSelf = admin().postJson("/api/officers/admin/disable", "");
        assertThat(disableSelf.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(disableSelf.body(), "$.errors[*].field")).containsExactly("enabled");
        var ownRole = admin().putJson("/api/officers/admin", """
                {"displayName": "Quản trị hệ thống", "unit": "it", "roles": ["supervisor"]}""");
        assertThat(ownRole.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(ownRole.body(), "$.errors[*].field")).containsExactly("roles");
        assertThat(JsonPath.<List<String>>read(admin().get("/api/officers/admin").body(), "$.roles")).containsExactly("admin");

        var administrator = new BrowserSession(port);
        administrator.logIn("admin", "demo");
        assertThat(administrator.postFormForPage("/admin/officers/admin/enabled?lang=vi", "enabled=false"))
                .contains("id=\"officer-action-error\"", "Không thể tự vô hiệu hóa tài khoản của mình");
        assertThat(JsonPath.<Boolean>read(admin().get("/api/officers/admin").body(), "$.enabled")).isTrue();
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheCallersLanguageAndChangesNothing() {
        var invalid = admin().postJson("/api/officers", """
                {"username": "Not Valid!", "displayName": "", "unit": "nowhere", "roles": ["king"], "email": "no-at-sign"}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(invalid.body(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("username", "displayName", "unit", "roles", "email");
        assertThat(JsonPath.<List<String>>read(admin().get("/api/officers").body(), "$[*].username")).doesNotContain("Not Valid!");

        var vietnamese = HubClient.as(port, "admin").get("/api/officers/nobody-here", "vi");
        assertThat(vietnamese.statusCode()).isEqualTo(404);
        assertThat(JsonPath.<String>read(vietnamese.body(), "$.detail")).isEqualTo("Không có người dùng với tên đăng nhập nobody-here.");

        String username = readyOfficer("viewer");
        var taken = admin().postJson("/api/officers", """
                {"username": "%s", "displayName": "Someone Else", "unit": "it", "roles": ["viewer"]}""".formatted(username));
        assertThat(taken.statusCode()).isEqualTo(409);

        var administrator = new BrowserSession(port);
        administrator.logIn("admin", "demo");
        String form = administrator.postFormForPage("/admin/officers?lang=en", "username=" + username
                + "&displayName=&unit=it&email=&language=en");
        assertThat(form).contains("The account was not saved", "There is already an officer with the user name " + username,
                "Give the officer&#39;s full name", "Give the officer at least one role");
    }

    /** An officer who has replaced the temporary password with "a long enough passphrase". */
    private String readyOfficer(String role) {
        String username = newUsername();
        var created = admin().postJson("/api/officers", """
                {"username": "%s", "displayName": "Officer %s", "unit": "dtcbl", "roles": ["%s"]}""".formatted(username, username, role));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String temporary = JsonPath.read(created.body(), "$.temporaryPassword");
        assertThat(new HubClient(port, username, temporary).postJson("/api/account/password", """
                {"currentPassword": "%s", "newPassword": "a long enough passphrase"}""".formatted(temporary)).statusCode())
                .isEqualTo(204);
        return username;
    }

    private static HttpResponse<String> changePassword(BrowserSession officer, String current, String next, String confirmation) {
        String page = officer.get("/account/password?lang=vi");
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return officer.send("POST", "/account/password", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "currentPassword=" + encode(current) + "&newPassword=" + encode(next) + "&confirmation=" + encode(confirmation)
                        + "&_csrf=" + encode(token.group(1)));
    }

    private static String temporaryPasswordIn(String page) {
        Matcher matcher = TEMPORARY.matcher(page);
        assertThat(matcher.find()).as("the temporary password on the page").isTrue();
        return matcher.group(1);
    }

    private HubClient admin() {
        return HubClient.as(port, "admin");
    }

    private static String newUsername() {
        return "officer-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
