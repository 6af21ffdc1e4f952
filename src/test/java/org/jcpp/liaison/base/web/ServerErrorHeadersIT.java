package org.jcpp.liaison.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web server's own error pages: requests Tomcat refuses before the app sees them. */
@IntegrationTest
class ServerErrorHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void a_request_tomcat_refuses_itself_carries_the_security_headers_and_no_server_details() throws Exception {
        // a raw "|" in the address, and a broken %-escape: both answered by Tomcat with 400
        for (String target : new String[] {"/a|b", "/%zz"}) {
            String response = raw(target);
            String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
            String body = response.substring(response.indexOf("\r\n\r\n"));
            assertThat(head).as(target).startsWith("http/1.1 400");
            assertThat(head)
                    .as(target)
                    .contains("content-security-policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY.toLowerCase())
                    .contains("x-frame-options: deny")
                    .contains("x-content-type-options: nosniff")
                    .contains("referrer-policy: same-origin")
                    .contains("cache-control: no-cache, no-store");
            assertThat(body).as(target).doesNotContain("Tomcat").doesNotContain("Invalid character");
        }
    }

    /** java.net.http refuses to send such addresses: a plain socket does. */
    private String raw(String target) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            var out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
