package org.jcpp.liaison.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where mail comes from and where its links go: {@code liaison.mail.from} and {@code liaison.mail.base-url} (the
 * address people open the app at). The SMTP server itself is Spring's {@code spring.mail.*} (README).
 */
@Component
public class MailProperties {

    private final String from;
    private final String baseUrl;

    MailProperties(@Value("${liaison.mail.from}") String from, @Value("${liaison.mail.base-url}") String baseUrl) {
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String from() {
        return from;
    }

    /** An address in the app, e.g. {@code link("follow-ups")}. */
    public String link(String path) {
        return baseUrl + "/" + path;
    }
}
