package org.jcpp.liaison.notifications;

import com.vaadin.flow.i18n.I18NProvider;
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

    MailWriter(I18NProvider i18n, MailProperties properties, UnsubscribeTokens tokens) {
        this.i18n = i18n;
        this.properties = properties;
        this.tokens = tokens;
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
