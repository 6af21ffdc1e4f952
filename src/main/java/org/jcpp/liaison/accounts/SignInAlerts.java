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
 * Tells admins of a possible attack on their home view: each source address that was refused sign-in after too many
 * wrong passwords in the last week, linked to those entries of the audit trail.
 */
@Component
class SignInAlerts implements RecentActivity {

    private final AuditTrail audit;

    SignInAlerts(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public List<Item> recentFor(SignedInUser.Profile user, int limit) {
        if (!Roles.ADMIN.equals(user.role())) {
            return List.of();
        }
        var since = LocalDate.now().minusDays(7); // the program's time zone is the app's
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
