package org.jcpp.liaison.notifications;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What every mail of the app shares: words in the person's language, the HTML page around the body, and the footer
 * that says why the mail came, with links to change the settings and to stop this list (its signed token).
 */
@Component
class MailWriter {

    private final I18NProvider i18n;
    private final MailProperties properties;
    private final UnsubscribeTokens tokens;
    private final org.jcpp.liaison.base.SignedInUser signedInUser;

    MailWriter(
            I18NProvider i18n,
            MailProperties properties,
            UnsubscribeTokens tokens,
            org.jcpp.liaison.base.SignedInUser signedInUser) {
        this.i18n = i18n;
        this.properties = properties;
        this.tokens = tokens;
        this.signedInUser = signedInUser;
    }

    /** The interface language of the person the mail is written as (signed in for it), else English. */
    Locale readersLocale() {
        return signedInUser
                .profile()
                .flatMap(org.jcpp.liaison.base.SignedInUser.Profile::preferredLocale)
                .orElse(Locale.ENGLISH);
    }

    String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    String link(String path) {
        return properties.link(path);
    }

    /** A table of counts, to the HTML (escaped) and the plain text (one line per row, cells between bars). */
    static void table(List<String> headers, List<List<String>> rows, StringBuilder html, StringBuilder text) {
        html.append("<table style=\"border-collapse:collapse\"><thead><tr>");
        headers.forEach(
                header -> html.append("<th style=\"text-align:left;padding:4px 8px;border-bottom:1px solid #999\">")
                        .append(esc(header))
                        .append("</th>"));
        html.append("</tr></thead><tbody>");
        text.append('\n').append(String.join(" | ", headers)).append('\n');
        for (var cells : rows) {
            text.append(String.join(" | ", cells)).append('\n');
            html.append("<tr>");
            cells.forEach(cell -> html.append("<td style=\"padding:4px 8px\">")
                    .append(esc(cell))
                    .append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** A link as a paragraph of the HTML and a line of the text. */
    static void link(String words, String link, StringBuilder html, StringBuilder text) {
        html.append("<p><a href=\"")
                .append(esc(link))
                .append("\">")
                .append(esc(words))
                .append("</a></p>");
        text.append('\n').append(words).append(": ").append(link).append("\n\n");
    }

    /**
     * The mail: {@code html} and {@code text} are the body (already escaped HTML, and plain text); the footer gives
     * {@code whyKey}'s words and the settings and unsubscribe links.
     */
    Mail mail(long accountId, MailList list, Locale locale, String subject, String html, String text, String whyKey) {
        String why = t(locale, whyKey);
        String change = t(locale, "mail.settings.link");
        String stop = t(locale, "mail.unsubscribe.link");
        String settings = link("account/mail");
        String unsubscribe = link("mail/unsubscribe?t=" + tokens.token(accountId, list));
        String page = "<!doctype html><html lang=\"" + locale.getLanguage()
                + "\"><body style=\"font-family:sans-serif;line-height:1.5\">" + html
                + "<p style=\"color:#555;font-size:90%\">" + esc(why) + "<br><a href=\"" + esc(settings) + "\">"
                + esc(change) + "</a> · <a href=\"" + esc(unsubscribe) + "\">" + esc(stop) + "</a></p></body></html>";
        String plain = text + "\n" + why + "\n" + change + ": " + settings + "\n" + stop + ": " + unsubscribe + "\n";
        return new Mail(subject, page, plain);
    }
}
