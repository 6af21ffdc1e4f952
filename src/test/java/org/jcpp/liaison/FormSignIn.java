package org.jcpp.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Signs in through the app's real sign-in form over HTTP, from a chosen loopback address (127.0.0.2, 127.0.0.3 …
 * are other clients as far as the app can tell), with a session and its CSRF token as a browser has them.
 */
public final class FormSignIn {

    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private FormSignIn() {}

    /** Where the app sends the browser after the form is posted: {@code /login?error}, {@code /} … */
    public static String from(String address, int port, String username, String password) throws Exception {
        var client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(address))
                .cookieHandler(new CookieManager())
                .build();
        var page = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var token = CSRF_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the sign-in page carries its CSRF token").isTrue();
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        var response = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
