package org.jcpp.liaison.accounts;

import java.util.List;
import org.jcpp.liaison.base.RecentActivity;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.SignedInUser;
import org.springframework.stereotype.Component;

/** Admins see the accounts changed lately on their home view. */
@Component
class AccountActivity implements RecentActivity {

    private final AccountService service;

    AccountActivity(AccountService service) {
        this.service = service;
    }

    @Override
    public List<Item> recentFor(SignedInUser.Profile user, int limit) {
        if (!Roles.ADMIN.equals(user.role())) {
            return List.of();
        }
        return service.recentlyChanged(limit).stream()
                .map(a -> new Item(a.updatedAt(), "activity.account-changed", a.displayName(), "admin/accounts"))
                .toList();
    }
}
