package org.jcpp.liaison.notifications;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A mail's unsubscribe link, without a sign-in (the signed token is the key, for one person and one list). Opening
 * the link shows a page with a button (a link checker that opens it changes nothing); the button, or a mail program's
 * one-click unsubscribe (RFC 8058: a POST with {@code List-Unsubscribe=One-Click}), ends that list. An invalid token
 * gets the same page without a button and changes nothing.
 */
@RestController
class UnsubscribeController {

    static final String PATH = "/mail/unsubscribe";

    private final MailSettings settings;
    private final I18NProvider i18n;

    UnsubscribeController(MailSettings settings, I18NProvider i18n) {
        this.settings = settings;
        this.i18n = i18n;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> ask(
            @RequestParam(name = "t", defaultValue = "") String token,
            @RequestHeader(name = "Accept-Language", defaultValue = "en") String languages) {
        Locale locale = locale(languages);
        var list = settings.listOf(token);
        if (list.isEmpty()) {
            return page(locale, t(locale, "mail.unsubscribe.invalid"), null);
        }
        return page(
                locale,
                t(
                        locale,
                        "mail.unsubscribe.ask",
                        t(locale, "mail.list." + list.get().code())),
                token);
    }

    @PostMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(
            @RequestParam(name = "t", defaultValue = "") String token,
            @RequestHeader(name = "Accept-Language", defaultValue = "en") String languages) {
        Locale locale = locale(languages);
        var list = settings.listOf(token);
        if (list.isEmpty() || !settings.unsubscribe(token)) {
            return page(locale, t(locale, "mail.unsubscribe.invalid"), null);
        }
        return page(
                locale,
                t(
                        locale,
                        "mail.unsubscribe.done",
                        t(locale, "mail.list." + list.get().code())),
                null);
    }

    private ResponseEntity<String> page(
            Locale locale, String message, @org.jspecify.annotations.Nullable String token) {
        var html = new StringBuilder("<!doctype html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>")
                .append(esc(t(locale, "mail.unsubscribe.title")))
                .append("</title></head><body style=\"font-family:sans-serif;max-width:36rem;margin:2rem auto;")
                .append("padding:0 1rem;line-height:1.5\"><h1>")
                .append(esc(t(locale, "mail.unsubscribe.title")))
                .append("</h1><p>")
                .append(esc(message))
                .append("</p>");
        if (token != null) {
            html.append("<form method=\"post\" action=\"")
                    .append("unsubscribe")
                    .append("?t=")
                    .append(esc(token))
                    .append("\"><button type=\"submit\">")
                    .append(esc(t(locale, "mail.unsubscribe.button")))
                    .append("</button></form>");
        }
        html.append("</body></html>");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(html.toString());
    }

    private Locale locale(String acceptLanguage) {
        try {
            var ranges = Locale.LanguageRange.parse(acceptLanguage);
            var match = Locale.lookup(ranges, i18n.getProvidedLocales());
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    private String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
