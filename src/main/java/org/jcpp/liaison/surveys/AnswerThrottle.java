package org.jcpp.liaison.surveys;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many answers the public pages take: per network address, {@code perAddress} in ten minutes, and per survey,
 * {@code perSurvey} in an hour (Bucket4j's token buckets). Held in this instance's memory only, for at most
 * {@link #ADDRESSES} addresses at a time (the least recently seen are forgotten): an address is never written
 * anywhere, and an answer never carries one. A community centre's visitors share one address: the allowance is sized
 * for a room answering at once, not for one person.
 */
@Component
class AnswerThrottle {

    static final int ADDRESSES = 10_000;

    private final int perAddress;
    private final int perSurvey;
    private final TimeMeter time;
    private final Map<String, Bucket> addresses = lru(ADDRESSES);
    private final Map<Long, Bucket> surveys = lru(ADDRESSES);

    @org.springframework.beans.factory.annotation.Autowired
    AnswerThrottle(
            @Value("${liaison.surveys.answers-per-address:60}") int perAddress,
            @Value("${liaison.surveys.answers-per-survey:300}") int perSurvey) {
        this(perAddress, perSurvey, TimeMeter.SYSTEM_MILLISECONDS);
    }

    AnswerThrottle(int perAddress, int perSurvey, TimeMeter time) {
        this.perAddress = perAddress;
        this.perSurvey = perSurvey;
        this.time = time;
    }

    /** What refused an answer: too many from this address, or for this survey, this hour. */
    enum Refusal {
        ADDRESS,
        SURVEY
    }

    /** Takes one answer from both allowances; the refusal (and nothing taken from the other) when one is used up. */
    synchronized java.util.Optional<Refusal> take(String address, long surveyId) {
        Bucket byAddress = addresses.computeIfAbsent(address, a -> bucket(perAddress, Duration.ofMinutes(10)));
        if (!byAddress.tryConsume(1)) {
            return java.util.Optional.of(Refusal.ADDRESS);
        }
        Bucket bySurvey = surveys.computeIfAbsent(surveyId, s -> bucket(perSurvey, Duration.ofHours(1)));
        if (!bySurvey.tryConsume(1)) {
            byAddress.addTokens(1);
            return java.util.Optional.of(Refusal.SURVEY);
        }
        return java.util.Optional.empty();
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

    private static <K> Map<K, Bucket> lru(int size) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Bucket> eldest) {
                return size() > size;
            }
        };
    }
}
