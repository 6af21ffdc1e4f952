package org.jcpp.liaison.notifications.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.SignedInUser;
import org.jcpp.liaison.base.ui.NavbarItem;
import org.jcpp.liaison.notifications.NotificationPush;
import org.jcpp.liaison.notifications.Notifications;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;

/** Puts the bell in the app bar of every page of a person with a role (an account waiting for approval has none). */
@org.springframework.stereotype.Component
class BellItem implements NavbarItem {

    private final Notifications notifications;
    private final NotificationPush push;
    private final SignedInUser signedInUser;
    private final ReferenceDataService referenceData;
    private final AccountDirectory directory;
    private final Clock clock;

    BellItem(
            Notifications notifications,
            NotificationPush push,
            SignedInUser signedInUser,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            Clock clock) {
        this.notifications = notifications;
        this.push = push;
        this.signedInUser = signedInUser;
        this.referenceData = referenceData;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var profile = signedInUser.profile().orElse(null);
        if (profile == null || org.jcpp.liaison.base.Roles.PENDING.equals(profile.role())) {
            return new Span();
        }
        var holder = new Span();
        holder.getStyle().set("margin-inline-start", "auto");
        var bell = new NotificationBell(
                notifications,
                push,
                new NotificationTexts(
                        holder, referenceData.names(ReferenceKind.CITY), directory.allDisplayNames(), clock.getZone()),
                profile.id());
        holder.add(bell);
        return holder;
    }
}
