package org.jcpp.liaison.accounts;

import java.time.LocalDate;
import java.util.List;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.RecentActivity;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.SignedInUser;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Tells admins of a possible attack on their home view: each time in the last week that a source address used up its
 * allowance of wrong passwords (and was refused sign-in for a while), linked to those entries of the audit trail.
 */
@Component
class SignInAlerts implements RecentActivity {

    private final AuditTrail audit;
    private final java.time.Clock clock;

    SignInAlerts(AuditTrail audit, java.time.Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Item> recentFor(SignedInUser.Profile user, int limit) {
        if (!Roles.ADMIN.equals(user.role())) {
            return List.of();
        }
        var since = LocalDate.now(clock).minusDays(7);
        return audit
                .search(
                        new AuditFilter(null, AuditAction.SIGN_IN_THROTTLED, null, null, null, since, null),
                        Pageable.ofSize(limit))
                .stream()
                .map(row -> new Item(
                        row.at(),
                        "activity.sign-in-throttled",
                        row.detail(), // the address
                        "admin/audit?action=" + AuditAction.SIGN_IN_THROTTLED.name()))
                .toList();
    }
}
