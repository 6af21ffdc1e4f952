package org.jcpp.liaison.surveys;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many answers the public pages take: per network address, {@code perAddress} in ten minutes (every post counts),
 * and per survey, {@code perSurvey} stored in an hour (Bucket4j's token buckets). Held in this instance's memory only:
 * an address is kept as a salted hash (the salt made at start, never written), forgotten an hour after it was last
 * seen or when {@link #ADDRESSES} others came since, and never written anywhere. An IPv6 address counts by its /64 (one
 * household's network), so a robot cannot take a new address for each post. A community centre's visitors share one
 * address: the allowance is sized for a room answering at once.
 */
@Component
class AnswerThrottle {

    static final int ADDRESSES = 10_000;
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    private final int perAddress;
    private final int perSurvey;
    private final TimeMeter time;
    private final byte[] salt = new byte[16];
    private final LinkedHashMap<String, Seen> addresses = new LinkedHashMap<>(256, 0.75f, true);
    private final LinkedHashMap<Long, Bucket> surveys = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
            return size() > ADDRESSES;
        }
    };

    private record Seen(Bucket bucket, long lastNanos) {}

    @Autowired
    AnswerThrottle(
            @Value("${liaison.surveys.answers-per-address:60}") int perAddress,
            @Value("${liaison.surveys.answers-per-survey:300}") int perSurvey) {
        this(perAddress, perSurvey, TimeMeter.SYSTEM_MILLISECONDS);
    }

    AnswerThrottle(int perAddress, int perSurvey, TimeMeter time) {
        if (perAddress < 1 || perSurvey < 1) {
            throw new IllegalArgumentException("liaison.surveys.answers-per-*: at least 1");
        }
        this.perAddress = perAddress;
        this.perSurvey = perSurvey;
        this.time = time;
        new SecureRandom().nextBytes(salt);
    }

    /** Takes one post from the address's allowance; false when it is used up. */
    synchronized boolean takeAddress(String address) {
        long now = time.currentTimeNanos();
        // the least recently seen first: forget those not seen for an hour, and beyond the cap
        var oldest = addresses.entrySet().iterator();
        while (oldest.hasNext()) {
            var entry = oldest.next();
            if (addresses.size() > ADDRESSES || now - entry.getValue().lastNanos() > FORGOTTEN_AFTER.toNanos()) {
                oldest.remove();
            } else {
                break;
            }
        }
        String key = key(address);
        Seen seen = addresses.get(key);
        Bucket bucket = seen == null ? bucket(perAddress, Duration.ofMinutes(10)) : seen.bucket();
        addresses.put(key, new Seen(bucket, now));
        return bucket.tryConsume(1);
    }

    /** Takes one stored answer from the survey's hourly cap; false when it is used up. */
    synchronized boolean takeSurvey(long surveyId) {
        return surveys.computeIfAbsent(surveyId, s -> bucket(perSurvey, Duration.ofHours(1)))
                .tryConsume(1);
    }

    /** How many addresses are held now (for the test that they are forgotten). */
    synchronized int addressesHeld() {
        return addresses.size();
    }

    private String key(String address) {
        byte[] network;
        // the servlet's remote address is a literal: only its form is read, nothing is looked up
        boolean literal = !address.isEmpty()
                && address.chars()
                        .allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':' || c == '[' || c == ']');
        try {
            byte[] bytes = literal ? InetAddress.getByName(address).getAddress() : null;
            network = bytes == null
                    ? address.getBytes(StandardCharsets.UTF_8)
                    : bytes.length == 16 ? java.util.Arrays.copyOf(bytes, 8) : bytes;
        } catch (java.net.UnknownHostException e) {
            network = address.getBytes(StandardCharsets.UTF_8);
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(network));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Bucket bucket(int capacity, Duration period) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, period)
                        .build())
                .withCustomTimePrecision(time)
                .build();
    }
}
