package org.jcpp.liaison.base.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The app's pages open to anyone (a survey's page, the partnership's page): plain HTML written by the server, with no
 * script, no web font and no cookie, light enough for a cheap phone. One head, one language switch, one way to answer.
 */
public final class PlainPages {

    /** A language the page is offered in: its tag, its own name ("Español") and the page's address in it. */
    public record Language(String tag, String name, String href) {}

    private PlainPages() {}

    /**
     * The page's head, {@code <body>} opened: its language, title and style; {@code indexed} false asks search engines
     * to leave it out.
     */
    public static StringBuilder head(String languageTag, String title, String style, boolean indexed) {
        return new StringBuilder("<!doctype html><html lang=\"")
                .append(esc(languageTag))
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                // no icon to fetch: a browser's own request for /favicon.ico would reach the staff's app and its
                // sign-in, which starts a session (a cookie) for a visitor who has none
                .append("<link rel=\"icon\" href=\"data:,\">")
                .append(indexed ? "" : "<meta name=\"robots\" content=\"noindex\">")
                .append("<title>")
                .append(esc(title))
                .append("</title><style>")
                .append(style)
                .append("</style></head><body>");
    }

    /** The switch among the page's languages (nothing when it has one); the current one is named, not linked. */
    public static void languageSwitch(StringBuilder html, String label, String currentTag, List<Language> languages) {
        if (languages.size() < 2) {
            return;
        }
        html.append("<nav aria-label=\"").append(esc(label)).append("\"><ul>");
        for (var language : languages) {
            String tag = esc(language.tag());
            if (language.tag().equals(currentTag)) {
                html.append("<li><span aria-current=\"true\" lang=\"")
                        .append(tag)
                        .append("\">")
                        .append(esc(language.name()))
                        .append("</span></li>");
            } else {
                html.append("<li><a lang=\"")
                        .append(tag)
                        .append("\" hreflang=\"")
                        .append(tag)
                        .append("\" href=\"")
                        .append(esc(language.href()))
                        .append("\">")
                        .append(esc(language.name()))
                        .append("</a></li>");
            }
        }
        html.append("</ul></nav>");
    }

    /** The response: UTF-8 HTML, no referrer passed on, cached as {@code cacheControl} says. */
    public static ResponseEntity<String> respond(HttpStatus status, StringBuilder html, String cacheControl) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", cacheControl)
                .header("Referrer-Policy", "no-referrer")
                // a page without ?lang= is in the browser's language: a cache keeps one per language
                .header("Vary", "Accept-Language")
                .body(html.toString());
    }

    /** The browser's best language among the offered tags (its {@code Accept-Language}), else the first offered. */
    public static String bestOf(String acceptLanguage, List<String> offeredTags) {
        try {
            var match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), offeredTags);
            if (match != null) {
                return match;
            }
        } catch (IllegalArgumentException e) {
            // a malformed header: the first language offered
        }
        return offeredTags.getFirst();
    }

    /** Only what HTML needs escaped (the page is UTF-8: "¿Qué…" stays as written, not as entities). */
    public static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
