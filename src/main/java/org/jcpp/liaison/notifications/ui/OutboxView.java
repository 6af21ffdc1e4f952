package org.jcpp.liaison.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.notifications.Outbox;
import org.jcpp.liaison.notifications.OutboxRow;
import org.springframework.data.domain.PageRequest;

/**
 * The admins' outbox: every mail the app made, newest first, with its state. A mail that failed after its retries is
 * listed for them to act on (an address, the server); with no SMTP server configured the mail is held here, readable,
 * so a new installation can see what would have gone. Bodies go after 30 days; no mail holds a resident's data.
 */
@Route("admin/outbox")
@Menu(order = 15.5, icon = "vaadin:envelope-o", title = "nav.admin.outbox")
@RolesAllowed(Roles.ADMIN)
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> STATUSES = List.of("PENDING", "SENDING", "SENT", "FAILED", "CANCELLED", "HELD");

    final Grid<OutboxRow> grid = new Grid<>();
    final Select<String> status = new Select<>();
    private final Outbox outbox;
    private final Map<Long, String> people;
    private final ZoneId zone;

    OutboxView(Outbox outbox, AccountDirectory directory, java.time.Clock clock) {
        this.outbox = outbox;
        this.people = directory.allDisplayNames();
        this.zone = clock.getZone();
        addClassName("outbox-view");
        setSizeFull();
        add(new Paragraph(getTranslation("outbox.intro")));
        if (!outbox.sends()) {
            var held = new Paragraph(getTranslation("outbox.not-sending"));
            held.addClassName("mail-not-sent");
            add(held);
        }
        status.setLabel(getTranslation("outbox.status"));
        status.setItems(STATUSES);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("outbox.status.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("outbox.status.any") : label(s));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(status, grid());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.outbox");
    }

    private String label(String state) {
        return getTranslation("outbox.status." + state.toLowerCase(java.util.Locale.ROOT));
    }

    private Grid<OutboxRow> grid() {
        // the mail (when, which, to whom) in one column, so that a phone shows it whole beside its state
        grid.addComponentColumn(row -> {
                    var when = new Div(Formats.dateTime(LocalDateTime.ofInstant(row.createdAt(), zone)));
                    var list = new Div(getTranslation("outbox.list." + row.list()));
                    list.getStyle().set("font-weight", "600");
                    var who = new Div(people.getOrDefault(row.accountId(), "#" + row.accountId()));
                    var address = new Div(row.recipient() == null ? "" : row.recipient());
                    address.addClassName("secondary");
                    address.getStyle().set("overflow-wrap", "anywhere");
                    return new Div(list, when, who, address);
                })
                .setHeader(getTranslation("outbox.mail"))
                .setFlexGrow(3);
        grid.addComponentColumn(row -> {
                    var state = new Span(label(row.status()));
                    state.getElement()
                            .getThemeList()
                            .add(
                                    switch (row.status()) {
                                        case "SENT" -> "badge success";
                                        case "FAILED" -> "badge error";
                                        case "CANCELLED" -> "badge contrast";
                                        default -> "badge";
                                    });
                    var detail = new Div(
                            row.lastError() == null
                                    ? getTranslation("outbox.attempts", row.attempts())
                                    : getTranslation("outbox.error", row.attempts(), row.lastError()));
                    detail.addClassName("secondary");
                    return new Div(state, detail);
                })
                .setHeader(getTranslation("outbox.status"))
                .setFlexGrow(2);
        grid.addComponentColumn(row -> {
                    var read = new Button(getTranslation("outbox.read"), e -> open(row));
                    read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    read.setAriaLabel(getTranslation(
                            "outbox.read-named", people.getOrDefault(row.accountId(), "#" + row.accountId())));
                    read.setVisible(row.subject() != null);
                    return read;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.setItems(
                query -> outbox.rows(status.getValue(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) outbox.count(status.getValue()));
        return grid;
    }

    private void open(OutboxRow row) {
        var dialog = new Dialog(row.subject() == null ? "" : row.subject());
        var text = new Pre(outbox.text(row.id()).orElse(getTranslation("outbox.body-cleared")));
        text.getStyle().set("white-space", "pre-wrap");
        dialog.add(text);
        dialog.setWidth("min(48rem, 100%)");
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
