package org.jcpp.liaison.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.notifications.NotificationRow;
import org.jcpp.liaison.notifications.Notifications;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.springframework.data.domain.PageRequest;

/** All of a person's notifications of the last 90 days, newest first, paged in the database. */
@Route("notifications")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR, Roles.ADMIN})
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<NotificationRow> grid = new Grid<>();
    final Button markAll = new Button();

    NotificationsView(
            Notifications notifications, ReferenceDataService referenceData, AccountDirectory directory, Clock clock) {
        addClassName("notifications-view");
        setSizeFull();
        setMaxWidth("60rem");
        var texts = new NotificationTexts(
                this, referenceData.names(ReferenceKind.CITY), directory.allDisplayNames(), clock.getZone());
        markAll.setText(getTranslation("notifications.mark-all"));
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
            markAll.setVisible(false);
        });
        markAll.setVisible(notifications.unread() > 0);
        grid.addComponentColumn(row -> {
                    var link = new Anchor(texts.link(row), texts.text(row));
                    link.getElement().addEventListener("click", e -> notifications.markRead(row.id()));
                    if (!row.read()) {
                        link.getStyle().set("font-weight", "600");
                    }
                    var when = new Span(
                            texts.when(row) + (row.read() ? "" : " · " + getTranslation("notifications.unread")));
                    when.addClassName("secondary");
                    when.getStyle().set("display", "block");
                    return new Div(link, when);
                })
                .setHeader(getTranslation("notifications.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.setItems(
                query -> notifications.mine(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) notifications.countMine());
        add(markAll, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
