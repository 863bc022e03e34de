package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Attaching the signed PDF: accepted when it is one, refused with a clear message otherwise, and every read audited. */
@HubTest
class AgreementDocumentTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    Sentences sentences;

    @Test
    void storesAPdfAndAuditsWhoReadsIt() throws Exception {
        long id = hongKongAgreementId();
        byte[] pdf = "%PDF-1.4\n% signed arrangement\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> upload = upload(id, "arrangement-hk-2013.pdf", pdf);

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(attached()).anyMatch(details -> details.startsWith("arrangement-hk-2013.pdf, SHA-256 "));
        var download = HubClient.as(port, "viewer").get("/api/agreements/" + id + "/document");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF-1.4");
        assertThat(audit.search("viewer", "agreement", "VIEW_DOCUMENT", null, 5)).isNotEmpty();
    }

    @Test
    void refusesAFileThatIsNotAPdf() throws Exception {
        long id = hongKongAgreementId();

        HttpResponse<String> upload = upload(id, "virus.exe", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(attached()).noneMatch(details -> details.startsWith("virus.exe"));
    }

    @Test
    void refusesAFileThatOnlyStartsLikeAPdf() throws Exception {
        long id = hongKongAgreementId();
        byte[] fake = "%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);

        upload(id, "fake.pdf", fake);

        assertThat(attached()).noneMatch(details -> details.startsWith("fake.pdf"));
    }

    @Test
    void storesASafeFileNameAndServesItAsAPdfThatIsNeverSniffed() throws Exception {
        long id = hongKongAgreementId();
        byte[] pdf = "%PDF-1.7\n% signed\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        upload(id, "../../../etc/x\\\"y.html", pdf);

        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");
        var onScreen = browser.response("/agreements/" + id + "/document", java.util.Map.of());
        var overApi = HubClient.as(port, "viewer").get("/api/agreements/" + id + "/document");
        for (var download : java.util.List.of(onScreen, overApi)) {
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                    .startsWith("inline;").containsPattern("filename=\"(x_)?y\\.html\\.pdf\"").doesNotContain("..", "/"));
        }
    }

    @Test
    void refusesAnOversizedUploadWithoutStoringIt() throws Exception {
        long id = hongKongAgreementId();
        byte[] huge = new byte[21 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        System.arraycopy("%PDF".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 4);

        HttpResponse<String> upload = upload(id, "huge.pdf", huge);

        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(attached()).noneMatch(details -> details.startsWith("huge.pdf"));
    }

    /** What the liaison officer's last attachments recorded, as the audit screen shows it in English. */
    private List<String> attached() {
        return audit.search("liaison", "agreement", "ATTACH", null, 50).stream()
                .map(entry -> sentences.render(entry.details(), Locale.ENGLISH)).toList();
    }

    private long hongKongAgreementId() {
        String body = HubClient.as(port, "viewer").get("/api/agreements?partner=HK").body();
        return Long.parseLong(body.replaceFirst("(?s)^\\[\\{\"id\":(\\d+).*", "$1"));
    }

    /** A multipart form post from a signed-in liaison officer's browser session, with the CSRF token. */
    private HttpResponse<String> upload(long id, String fileName, byte[] content) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String token = loginPage.replaceFirst("(?s).*name=\"_csrf\" content=\"([^\"]+)\".*", "$1");
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=liaison&password=demo&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.discarding());
        String page = browser.send(HttpRequest.newBuilder(uri("/agreements/" + id)).build(), HttpResponse.BodyHandlers.ofString()).body();
        String sessionToken = page.replaceFirst("(?s).*name=\"_csrf\" content=\"([^\"]+)\".*", "$1");

        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HttpClient.newBuilder().cookieHandler(browser.cookieHandler().orElseThrow()).build()
                .send(HttpRequest.newBuilder(uri("/agreements/" + id + "/document?_csrf=" + sessionToken))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
