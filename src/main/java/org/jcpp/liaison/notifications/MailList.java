package org.jcpp.liaison.notifications;

/** A kind of mail a person can choose to get, and unsubscribe from by its link. */
public enum MailList {
    /** Their due and overdue follow-ups, as counts by category and city with links into the app. */
    FOLLOW_UP_DIGEST,
    /** At once, when someone else gives the person a need: its category, city, who, and a link. */
    NEED_ASSIGNED,
    /** A coordinator's, on Mondays: their cities' week in counts (new needs, overdue, events, briefings, waiting). */
    CITY_DIGEST;

    /** As in an unsubscribe link and the outbox ("follow-up-digest"). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<MailList> ofCode(String code) {
        return java.util.Arrays.stream(values())
                .filter(l -> l.code().equals(code))
                .findFirst();
    }
}
