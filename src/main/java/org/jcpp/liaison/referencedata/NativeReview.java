package org.jcpp.liaison.referencedata;

import java.time.Clock;
import java.time.LocalDate;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.PastWindow;
import org.jspecify.annotations.Nullable;

/**
 * A native speaker's review of a translation (the interface's, a notice's): the reviewer and the day together, or
 * neither (a draft); the day has come and is not more than ten years back.
 */
final class NativeReview {

    private NativeReview() {}

    /** Refuses a reviewer without a day (at {@code reviewedOn}) or a day without a reviewer (at {@code reviewedBy}). */
    static void check(
            @Nullable String reviewedBy, @Nullable LocalDate reviewedOn, Clock clock, String dayMessagePrefix) {
        boolean named = reviewedBy != null && !reviewedBy.isBlank();
        if (named && reviewedOn == null) {
            throw new InvalidInputException("reviewedOn", "validation.required");
        }
        if (!named && reviewedOn != null) {
            throw new InvalidInputException("reviewedBy", "validation.required");
        }
        if (reviewedOn != null) {
            PastWindow.asOf(clock).check(reviewedOn, "reviewedOn", dayMessagePrefix);
        }
    }
}
