package org.jcpp.liaison.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A module's contribution to the home view's "recent activity": the latest things the signed-in user may see. Each
 * module implements it as a bean; the home view shows the newest items of all of them.
 */
public interface RecentActivity {

    List<Item> recentFor(SignedInUser.Profile user, int limit);

    /**
     * One line of recent activity. {@code messageKey} is translated with {@code detail} as its parameter;
     * {@code route} is where a click leads (may be empty). {@code dateOnly}: the thing has a day and no time of day
     * (a roll-call briefing), so only its date is shown.
     */
    record Item(Instant when, String messageKey, Object detail, String route, boolean dateOnly) {

        public Item(Instant when, String messageKey, Object detail, String route) {
            this(when, messageKey, detail, route, false);
        }

        /** Something that happened on a day, at no known time: sorted at the start of that day, shown as a date. */
        public static Item onDay(LocalDate day, String messageKey, Object detail, String route) {
            return new Item(day.atStartOfDay(ZoneId.systemDefault()).toInstant(), messageKey, detail, route, true);
        }
    }
}
