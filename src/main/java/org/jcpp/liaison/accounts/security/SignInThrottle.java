package org.jcpp.liaison.accounts.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import javax.sql.DataSource;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling (OWASP ASVS anti-automation): sign-in attempts are counted per source address, and per account
 * from that address, in Bucket4j buckets kept in PostgreSQL so that every app node counts the same attempts. Each
 * attempt takes its token before the password is checked (so attempts sent at once cannot all slip through); a right
 * password gives the address its token back and clears the account's count from there. An address that used up its
 * allowance is refused sign-in until it refills (one attempt back every {@link #WINDOW}/allowance, all of it within
 * {@link #WINDOW}); that is audited once and shown to admins as a possible attack. The account itself is never locked,
 * so its owner signing in from another address still gets in.
 */
@Component
class SignInThrottle {

    /** Wrong passwords allowed from one address (any accounts) within {@link #WINDOW}: room for an office's NAT. */
    static final int PER_ADDRESS = 20;
    /** Wrong passwords allowed for one account from one address within {@link #WINDOW}. */
    static final int PER_ACCOUNT_AND_ADDRESS = 5;

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final UserAccountRepository accounts;
    private final AuditTrail audit;

    SignInThrottle(DataSource dataSource, UserAccountRepository accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_throttle")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .clientClock(new DatabaseTime(new JdbcTemplate(dataSource))) // all nodes count time alike
                .build();
    }

    /**
     * Takes a sign-in attempt for {@code username} from {@code address} out of both allowances; false (and nothing
     * taken from the other) when either is used up.
     */
    boolean tryAttempt(String address, String username) {
        String source = source(address);
        if (!address(source).tryConsume(1)) {
            return false;
        }
        if (!accountAndAddress(source, username).tryConsume(1)) {
            address(source).addTokens(1);
            return false;
        }
        return true;
    }

    /** A wrong password: when it used up an allowance, the trail says from where (once: later tries are refused). */
    void failed(String address, String username) {
        String source = source(address);
        if (address(source).getAvailableTokens() == 0
                || accountAndAddress(source, username).getAvailableTokens() == 0) {
            audit.signIn(username, AuditAction.SIGN_IN_THROTTLED, source);
        }
    }

    /** A right password: the address gets its attempt back, the account's count from there starts again. */
    void succeeded(String address, String username) {
        String source = source(address);
        address(source).addTokens(1);
        buckets.removeProxy(pairKey(source, username));
    }

    /** Removes buckets that have filled up again (they hold nothing an attacker used). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void removeFullBuckets() {
        while (buckets.removeExpired(1000) == 1000) {
            // again, until fewer than a batch were left
        }
    }

    /**
     * Whom an address stands for: an IPv4 address, or an IPv6 address's /64 network (every IPv6 host has a /64 of
     * its own to pick addresses from).
     */
    static String source(String address) {
        if (address.indexOf(':') < 0) {
            return address; // IPv4 (Tomcat gives addresses as literals, never names)
        }
        try {
            var parsed = InetAddress.getByName(address); // a literal: parsed, not looked up
            return parsed instanceof Inet6Address
                    ? HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8)) + "::/64"
                    : parsed.getHostAddress();
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }

    private Bucket address(String source) {
        return buckets.getProxy("address:" + source, () -> allowance(PER_ADDRESS));
    }

    private Bucket accountAndAddress(String source, String username) {
        return buckets.getProxy(pairKey(source, username), () -> allowance(PER_ACCOUNT_AND_ADDRESS));
    }

    /**
     * The account as sign-in finds it (by the database's own case folding), so no spelling of a name escapes the
     * count; a name that is no account is counted as typed, folded.
     */
    private String pairKey(String source, String username) {
        String typed = username.strip();
        String who = accounts.findByUsernameIgnoreCase(typed)
                .map(account -> "account:" + account.getId())
                .orElseGet(() -> {
                    String folded = typed.toLowerCase(Locale.ROOT);
                    return "name:" + folded.substring(0, Math.min(folded.length(), 200));
                });
        return who + "@" + source;
    }

    private static BucketConfiguration allowance(int attempts) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, WINDOW))
                .build();
    }
}
