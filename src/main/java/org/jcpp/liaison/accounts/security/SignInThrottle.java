package org.jcpp.liaison.accounts.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditTrail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling (OWASP ASVS anti-automation): failures are counted per source address, and per account from that
 * address, in Bucket4j buckets kept in PostgreSQL so that every app node counts the same failures. An address that
 * used up its allowance is refused sign-in for up to {@link #WINDOW} (audited, shown to admins as a possible attack);
 * the account itself is never locked, so its owner signing in from another address still gets in.
 */
@Component
class SignInThrottle {

    /** Wrong passwords allowed from one address (any accounts) within {@link #WINDOW}: room for an office's NAT. */
    static final int PER_ADDRESS = 20;
    /** Wrong passwords allowed for one account from one address within {@link #WINDOW}. */
    static final int PER_ACCOUNT_AND_ADDRESS = 5;

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final AuditTrail audit;

    SignInThrottle(DataSource dataSource, AuditTrail audit) {
        this.audit = audit;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_throttle")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** Whether a sign-in for {@code username} from {@code address} may be tried now. */
    boolean allows(String address, String username) {
        return address(address).getAvailableTokens() > 0
                && accountAndAddress(address, username).getAvailableTokens() > 0;
    }

    /**
     * Counts a wrong password for {@code username} from {@code address}. When that uses up an allowance, the address
     * is refused from now on (for that account, or for all) and the trail says so with the address.
     */
    void failed(String address, String username) {
        boolean addressLeft = address(address).tryConsumeAndReturnRemaining(1).getRemainingTokens() > 0;
        boolean pairLeft = accountAndAddress(address, username)
                        .tryConsumeAndReturnRemaining(1)
                        .getRemainingTokens()
                > 0;
        if (!addressLeft || !pairLeft) {
            audit.signIn(username, AuditAction.SIGN_IN_THROTTLED, address); // the detail is the address alone
        }
    }

    /** A right password: the account's own count from this address starts again (the address's count does not). */
    void succeeded(String address, String username) {
        buckets.removeProxy(pairKey(address, username));
    }

    /** Removes buckets that have filled up again (they hold nothing an attacker used). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void removeFullBuckets() {
        while (buckets.removeExpired(1000) == 1000) {
            // again, until fewer than a batch were left
        }
    }

    private Bucket address(String address) {
        return buckets.getProxy("address:" + address, () -> allowance(PER_ADDRESS));
    }

    private Bucket accountAndAddress(String address, String username) {
        return buckets.getProxy(pairKey(address, username), () -> allowance(PER_ACCOUNT_AND_ADDRESS));
    }

    /** The account as sign-in finds it (any case, no padding), so no spelling of a name escapes the count. */
    private static String pairKey(String address, String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        return "account:" + name.substring(0, Math.min(name.length(), 200)) + "@" + address;
    }

    private static BucketConfiguration allowance(int failures) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(failures).refillIntervally(failures, WINDOW))
                .build();
    }
}
