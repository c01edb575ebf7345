package org.peel.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in page session over plain HTTP, as a browser without JavaScript has it: Basic for sign-in, a cookie for the
 * session, and each form posted with the CSRF token (and idempotency key) of the page it was drawn on. Redirects are
 * not followed, so a test sees where a form sends the officer.
 */
public final class PageSession {

    private final int port;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private PageSession(int port, String username) {
        this.port = port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    public static PageSession as(int port, String username) {
        return new PageSession(port, username);
    }

    /** A page: its status and HTML. */
    public HttpResponse<String> page(String path) {
        return send(request(path).GET().build());
    }

    /** The HTML of a page. */
    public String get(String path) {
        return page(path).body();
    }

    /** A page as bytes (a PDF, say). */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts these fields exactly as given (the caller adds {@code _csrf}). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return postAll(path, fields.entrySet().stream().map(field -> Map.entry(field.getKey(), field.getValue()))
                .toList());
    }

    /** Posts fields that may repeat (checkboxes), with the CSRF token of {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
        all.add(Map.entry("_csrf", hidden(get(formPage), "_csrf")));
        return postAll(path, all);
    }

    /** Posts a form's fields with the CSRF token of {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String path, Map<String, String> fields) {
        return submit(formPage, path, fields.entrySet().stream()
                .map(field -> Map.entry(field.getKey(), field.getValue())).toList());
    }

    private HttpResponse<String> postAll(String path, List<Map.Entry<String, String>> fields) {
        String form = fields.stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** The value of a hidden field of a page ({@code _csrf}, {@code idempotencyKey}), or null. */
    public static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name)
                + "\" value=\"([^\"]*)\"").matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Accept", "text/html");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
