package org.jcpp.liaison.committees;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One step in a recommendation's history, typed: stored as a kind ({@link #what()}, also the key of its wording
 * {@code committees.history.<what>}) and a detail; {@link #read} is the one place that turns them back.
 */
public sealed interface RecommendationChange {

    record Raised(String title) implements RecommendationChange {}

    record StatusChanged(RecommendationStatus from, RecommendationStatus to) implements RecommendationChange {}

    /** The department's response in words, as written then. */
    record Responded(String response) implements RecommendationChange {}

    record DueChanged(@Nullable LocalDate dueOn) implements RecommendationChange {}

    record OwnerChanged(String owner) implements RecommendationChange {}

    record Other(String what, String detail) implements RecommendationChange {}

    default String what() {
        return switch (this) {
            case Raised r -> "RAISED";
            case StatusChanged s -> "STATUS";
            case Responded r -> "RESPONSE";
            case DueChanged d -> "DUE";
            case OwnerChanged o -> "OWNER";
            case Other o -> o.what();
        };
    }

    default String detail() {
        return switch (this) {
            case Raised r -> r.title();
            case StatusChanged s -> s.from() + " → " + s.to();
            case Responded r -> r.response();
            case DueChanged d -> d.dueOn() == null ? "" : d.dueOn().toString();
            case OwnerChanged o -> o.owner();
            case Other o -> o.detail();
        };
    }

    static RecommendationChange read(String what, String detail) {
        try {
            return switch (what) {
                case "RAISED" -> new Raised(detail);
                case "RESPONSE" -> new Responded(detail);
                case "OWNER" -> new OwnerChanged(detail);
                case "DUE" -> new DueChanged(detail.isEmpty() ? null : LocalDate.parse(detail));
                case "STATUS" -> {
                    String[] parts = detail.split(" → ");
                    yield parts.length == 2
                            ? new StatusChanged(
                                    RecommendationStatus.valueOf(parts[0]), RecommendationStatus.valueOf(parts[1]))
                            : new Other(what, detail);
                }
                default -> new Other(what, detail);
            };
        } catch (RuntimeException unreadable) {
            return new Other(what, detail);
        }
    }
}
