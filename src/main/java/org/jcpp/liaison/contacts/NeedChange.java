package org.jcpp.liaison.contacts;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step in a need's history, typed. Stored as a kind ({@link #what()}, also the key of its wording
 * {@code need.event.<what>}) and a detail text; {@link #read} is the one place that turns them back, so the views never
 * parse a history string.
 */
public sealed interface NeedChange {

    /** The need was logged, with its description as it was then. */
    record Raised(String description) implements NeedChange {}

    record StatusChanged(NeedStatus from, NeedStatus to) implements NeedChange {}

    record OwnerChanged(long ownerId) implements NeedChange {}

    record DueChanged(@Nullable LocalDate dueOn) implements NeedChange {}

    /** Referred to a partner (with consent or anonymously), or the referral taken back ({@code partnerId} null). */
    record ReferralChanged(
            @Nullable Long partnerId, @Nullable ReferralConsent consent) implements NeedChange {}

    /** The outcome written ("you said, we did"). */
    record OutcomeWritten(String outcome) implements NeedChange {}

    /** An interpreter on a follow-up with the resident: offered, used or declined, and how it was provided. */
    record InterpreterOnFollowUp(
            org.jcpp.liaison.referencedata.InterpreterUse use,
            org.jcpp.liaison.referencedata.@Nullable InterpreterMode mode)
            implements NeedChange {}

    /** An entry whose detail cannot be read back (its words removed by retention, or written by an older version). */
    record Other(String what, String detail) implements NeedChange {}

    /** The stored kind of this change. */
    default String what() {
        return switch (this) {
            case Raised r -> "CREATED";
            case StatusChanged s -> "STATUS";
            case OwnerChanged o -> "OWNER";
            case DueChanged d -> "DUE";
            case ReferralChanged r -> "REFERRAL";
            case OutcomeWritten o -> "OUTCOME";
            case InterpreterOnFollowUp i -> "INTERPRETER";
            case Other o -> o.what();
        };
    }

    /** The stored detail of this change. */
    default String detail() {
        return switch (this) {
            case Raised r -> r.description();
            case StatusChanged s -> s.from() + " → " + s.to();
            case OwnerChanged o -> String.valueOf(o.ownerId());
            case DueChanged d -> d.dueOn() == null ? "" : d.dueOn().toString();
            case ReferralChanged r -> r.partnerId() == null ? "" : r.partnerId() + " " + r.consent();
            case OutcomeWritten o -> o.outcome();
            case InterpreterOnFollowUp i -> i.mode() == null ? i.use().name() : i.use() + " " + i.mode();
            case Other o -> o.detail();
        };
    }

    /** Whether the detail is words a person wrote (removed by retention and erasure, the fact stays). */
    default boolean isFreeText() {
        return this instanceof Raised || this instanceof OutcomeWritten;
    }

    /** The stored kinds whose detail is words a person wrote ({@link #isFreeText()}), for set-based retention. */
    List<String> FREE_TEXT_KINDS = List.of(new Raised("").what(), new OutcomeWritten("").what());

    /** A stored kind and detail read back; what does not read as its kind says comes back as {@link Other}. */
    static NeedChange read(String what, String detail) {
        try {
            return switch (what) {
                case "CREATED" -> new Raised(detail);
                case "OUTCOME" -> new OutcomeWritten(detail);
                case "STATUS" -> {
                    String[] parts = detail.split(" → ");
                    yield parts.length == 2
                            ? new StatusChanged(NeedStatus.valueOf(parts[0]), NeedStatus.valueOf(parts[1]))
                            : new Other(what, detail);
                }
                case "OWNER" -> new OwnerChanged(Long.parseLong(detail));
                case "DUE" -> new DueChanged(detail.isEmpty() ? null : LocalDate.parse(detail));
                case "REFERRAL" -> {
                    if (detail.isEmpty()) {
                        yield new ReferralChanged(null, null);
                    }
                    String[] parts = detail.split(" ");
                    yield new ReferralChanged(
                            Long.parseLong(parts[0]),
                            parts.length > 1 && !parts[1].equals("null") ? ReferralConsent.valueOf(parts[1]) : null);
                }
                case "INTERPRETER" -> {
                    String[] parts = detail.split(" ");
                    yield new InterpreterOnFollowUp(
                            org.jcpp.liaison.referencedata.InterpreterUse.valueOf(parts[0]),
                            parts.length > 1 ? org.jcpp.liaison.referencedata.InterpreterMode.valueOf(parts[1]) : null);
                }
                default -> new Other(what, detail);
            };
        } catch (RuntimeException unreadable) { // a number or date that is not one: show it as it is
            return new Other(what, detail);
        }
    }
}
