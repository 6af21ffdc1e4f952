package org.jcpp.liaison.referencedata;

import java.util.List;
import org.jcpp.liaison.base.RecentActivity;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.SignedInUser;
import org.springframework.stereotype.Component;

/** Admins see the reference entries changed lately on their home view. */
@Component
class ReferenceDataActivity implements RecentActivity {

    private final ReferenceDataService service;

    ReferenceDataActivity(ReferenceDataService service) {
        this.service = service;
    }

    @Override
    public List<Item> recentFor(SignedInUser.Profile user, int limit) {
        if (!Roles.ADMIN.equals(user.role())) {
            return List.of();
        }
        return service.recentlyChanged(limit).stream()
                .map(changed ->
                        new Item(changed.when(), "activity.reference-changed." + changed.kind(), changed.name(), ""))
                .toList();
    }
}
