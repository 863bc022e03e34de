package org.caunoi.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP session: cookies, the login form, and form posts with or without the CSRF token. */
public class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;

    public BrowserSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void logIn(String username, String password) {
        String token = csrfToken(get("/login"));
        int status = postFormRaw("/login", "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        if (status != 302) {
            throw new IllegalStateException("login failed: " + status);
        }
    }

    /** Posts the login form from behind the given headers (a proxy's X-Forwarded-For) and returns the answer as it comes. */
    public HttpResponse<String> tryLogIn(String username, String password, Map<String, String> headers) {
        String token = csrfToken(response("/login", headers).body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public String get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build()).body();
    }

    /** A GET with extra request headers (name, value, ...), e.g. {@code HX-Request} as htmx sends it. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).headers(headers).GET().build());
    }

    /** The status a GET gets, e.g. 403 for a page the user may not see. */
    public int status(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build()).statusCode();
    }

    /** The whole answer to a GET, with extra headers: status, headers and page. */
    public HttpResponse<String> response(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** A request of any method with the session's cookies and the given headers, no CSRF token. */
    public HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public int postForm(String path, String form, boolean withToken) {
        String body = form;
        if (withToken) {
            body += "&_csrf=" + URLEncoder.encode(csrfToken(get("/partners")), StandardCharsets.UTF_8);
        }
        return postFormRaw(path, body);
    }

    /** Posts the form with the CSRF token and returns the page that comes back (a form shown again with its errors). */
    public String postFormForPage(String path, String form) {
        String body = form + "&_csrf=" + URLEncoder.encode(csrfToken(get("/partners")), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()).body();
    }

    /** Posts the form with the CSRF token and returns the whole answer: a redirect's Location, or a page with errors. */
    public HttpResponse<String> submit(String path, String form) {
        String body = form + "&_csrf=" + URLEncoder.encode(csrfToken(get("/partners")), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a file as a page's upload form does ({@code multipart/form-data}, part {@code file}, the CSRF token), with extra headers. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content, Map<String, String> headers) {
        String boundary = java.util.UUID.randomUUID().toString();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrfToken(get("/partners")) + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    private int postFormRaw(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode();
    }

    private static String csrfToken(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return matcher.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The bytes of a download (a GET answered 200). */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
