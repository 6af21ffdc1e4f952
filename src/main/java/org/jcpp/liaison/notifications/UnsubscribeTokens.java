package org.jcpp.liaison.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed token of an unsubscribe link: the account and the list, with an HMAC-SHA256 under the database's own key
 * (table {@code app_secret}, the same for every app instance). A token names exactly one person and one list; a
 * changed character makes it worthless.
 */
@Component
public class UnsubscribeTokens {

    record Subscription(long accountId, MailList list) {}

    private final JdbcClient jdbc;
    private volatile byte[] key = new byte[0];

    UnsubscribeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String token(long accountId, MailList list) {
        String payload = accountId + "." + list.code();
        return payload + "." + sign(payload);
    }

    Optional<Subscription> read(String token) {
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            long accountId = Long.parseLong(token.substring(0, first));
            return MailList.ofCode(token.substring(first + 1, last)).map(list -> new Subscription(accountId, list));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key.length == 0) {
            key = jdbc.sql("SELECT value FROM app_secret WHERE name = 'mail-unsubscribe'")
                    .query(String.class)
                    .single()
                    .getBytes(StandardCharsets.UTF_8);
        }
        return key;
    }
}
