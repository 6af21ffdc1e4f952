package org.jcpp.liaison.rollcall;

import java.util.List;
import org.jcpp.liaison.base.RecentActivity;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.SignedInUser;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Liaisons and coordinators see the latest roll-call briefings in their cities on the home view. */
@Component
class RollCallActivity implements RecentActivity {

    private static final BriefingFilter ANY = new BriefingFilter(null, null, null, null, null);

    private final RollCallService rollCall;

    RollCallActivity(RollCallService rollCall) {
        this.rollCall = rollCall;
    }

    @Override
    public List<Item> recentFor(SignedInUser.Profile user, int limit) {
        if (!Roles.LIAISON.equals(user.role()) && !Roles.COORDINATOR.equals(user.role())) {
            return List.of();
        }
        return rollCall.rows(ANY, Pageable.ofSize(limit)).stream()
                .map(row -> Item.onDay(
                        row.briefedOn(), "activity.briefing", row.officers(), "rollcall/briefing/" + row.id()))
                .toList();
    }
}
