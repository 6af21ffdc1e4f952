package org.jcpp.liaison.base;

import java.time.Instant;
import java.util.List;

/**
 * A module's contribution to the home view's "recent activity": the latest things the signed-in user may see. Each
 * module implements it as a bean; the home view shows the newest items of all of them.
 */
public interface RecentActivity {

    List<Item> recentFor(SignedInUser.Profile user, int limit);

    /**
     * One line of recent activity. {@code messageKey} is translated with {@code detail} as its parameter;
     * {@code route} is where a click leads (may be empty).
     */
    record Item(Instant when, String messageKey, Object detail, String route) {}
}
