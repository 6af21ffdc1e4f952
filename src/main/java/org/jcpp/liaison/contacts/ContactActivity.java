package org.jcpp.liaison.contacts;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jcpp.liaison.base.RecentActivity;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.SignedInUser;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Liaisons and coordinators see the latest contacts in their cities and their overdue follow-ups on the home view. */
@Component
class ContactActivity implements RecentActivity {

    private final ContactService contacts;
    private final NeedService needs;

    ContactActivity(ContactService contacts, NeedService needs) {
        this.contacts = contacts;
        this.needs = needs;
    }

    @Override
    public List<Item> recentFor(SignedInUser.Profile user, int limit) {
        if (!Roles.LIAISON.equals(user.role()) && !Roles.COORDINATOR.equals(user.role())) {
            return List.of();
        }
        var items = new ArrayList<Item>();
        for (ContactRow row : contacts.rows(ContactFilter.ANY, Pageable.ofSize(limit))) {
            items.add(new Item(
                    row.occurredAt().atZone(ZoneId.systemDefault()).toInstant(),
                    "activity.contact." + row.kind(),
                    row.headcount(),
                    "contact/" + row.id()));
        }
        return items;
    }
}
