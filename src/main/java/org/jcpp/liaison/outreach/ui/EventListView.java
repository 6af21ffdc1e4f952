package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.Downloads;
import org.jcpp.liaison.base.ui.Filters;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.outreach.EventFilter;
import org.jcpp.liaison.outreach.EventRow;
import org.jcpp.liaison.outreach.EventStatus;
import org.jcpp.liaison.outreach.EventType;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;

/**
 * The outreach events of the user's cities, newest first, filtered by period, city, type and status; above them, the
 * user's planned events that are over and still need to be recorded as held or cancelled. Paged in the database.
 */
@Route("events")
@Menu(order = 4.7, icon = "vaadin:calendar-user", title = "nav.events")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class EventListView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    final DateField from = new DateField();
    final DateField to = new DateField();
    final ComboBox<Long> city = new ComboBox<>();
    final Select<EventType> type = new Select<>();
    final Select<EventStatus> status = new Select<>();
    final Grid<EventRow> grid = new Grid<>(EventRow.class, false);
    final Span total = new Span();
    final Div toRecord = new Div();

    private final OutreachService outreach;

    EventListView(
            OutreachService outreach,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.outreach = outreach;
        addClassName("event-list-view");
        setSizeFull();
        var names = new Labels(referenceData, directory.allDisplayNames());

        Filters.period(from, to);
        var cities = names.reference.citiesWhere(currentUser.scope()::allows);
        Filters.choices(city, "contacts.filter.city", cities);
        type.setLabel(getTranslation("outreach.type"));
        type.setItems(EventType.values());
        type.setEmptySelectionAllowed(true);
        type.setItemLabelGenerator(t -> t == null ? getTranslation("contacts.filter.any") : Formats.enumLabel(this, t));
        status.setLabel(getTranslation("outreach.status"));
        status.setItems(EventStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("contacts.filter.any") : Formats.enumLabel(this, s));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        city.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(from, to, city, type, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filter-bar");

        var plan = new Button(getTranslation("outreach.plan"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(EventFormView.class)));
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var newSeries = new Anchor("events/series/edit", getTranslation("outreach.series.new"));
        var calendar = new Anchor("calendar", getTranslation("nav.calendar"));
        var csv = Downloads.csv(this, "jcpp-events.csv", text -> outreach.exportCsv(filter(), text));
        var toolbar = new HorizontalLayout(plan, total, newSeries, calendar, csv);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.getStyle().set("flex-wrap", "wrap");

        List<EventRow> pending = outreach.pastPlanned();
        toRecord.addClassName("to-record");
        toRecord.setVisible(!pending.isEmpty());
        if (!pending.isEmpty()) {
            toRecord.add(new H3(getTranslation("outreach.to-record", pending.size())));
            for (EventRow row : pending) {
                var link = new Anchor(
                        "events/plan/" + row.id(), Formats.date(row.startsAt().toLocalDate()) + " · " + row.title());
                toRecord.add(new Div(link));
            }
        }

        grid.addColumn(row -> Formats.dateTime(row.startsAt()))
                .setHeader(getTranslation("outreach.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(EventRow::title)
                .setHeader(getTranslation("outreach.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> Formats.enumLabel(this, row.type()))
                .setHeader(getTranslation("outreach.type"))
                .setFlexGrow(1);
        grid.addColumn(row -> names.reference.city(row.cityId()))
                .setHeader(getTranslation("contacts.city"))
                .setFlexGrow(1);
        grid.addColumn(row -> Formats.enumLabel(this, row.status()))
                .setHeader(getTranslation("outreach.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.attendance() == null ? "" : String.valueOf(row.attendance()))
                .setHeader(getTranslation("outreach.attendance.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var compact = grid.addColumn(LitRenderer.<EventRow>of(
                                "<div class='two-line'><strong>${item.title}</strong><span>${item.details}</span></div>")
                        .withProperty("title", EventRow::title)
                        .withProperty(
                                "details",
                                row -> Formats.dateTime(row.startsAt()) + " · " + names.reference.city(row.cityId())
                                        + " · " + Formats.enumLabel(this, row.status())
                                        + (row.attendance() == null
                                                ? ""
                                                : " · " + getTranslation("contacts.people", row.attendance()))))
                .setHeader(getTranslation("nav.events"));
        compact.setVisible(false);
        Narrow.whenNarrow(grid, () -> grid.getColumns().forEach(column -> column.setVisible(column == compact)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("outreach.empty"));
        PagedLists.page(
                grid, page -> outreach.rows(filter(), page), () -> outreach.count(filter()), total, "outreach.total");
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(EventView.class, e.getItem().id())));
        grid.setSizeFull();
        add(toRecord, PagedLists.foldedOnPhones(filters), toolbar, grid);
    }

    EventFilter filter() {
        return new EventFilter(
                from.getValue(), to.getValue(), city.getValue(), type.getValue(), status.getValue(), null, null);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        org.jcpp.liaison.base.ui.Addresses.applyCityAndPeriod(event.getLocation(), city, from, to);
        if (event.getLocation().getQueryParameters().getParameters().containsKey("held")) {
            status.setValue(EventStatus.HELD);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.events");
    }
}
