package org.jcpp.liaison.rollcall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.Downloads;
import org.jcpp.liaison.base.ui.Filters;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.rollcall.BriefingFilter;
import org.jcpp.liaison.rollcall.BriefingRow;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.training.TrainingTopicService;

/**
 * The roll-call briefings of the user's cities, newest first, filtered by period, city, department and topic
 * ({@code rollcall?topic=ID} from a topic's page). Paged in the database.
 */
@Route("rollcall")
@Menu(order = 4, icon = "vaadin:megaphone", title = "nav.rollcall")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class BriefingListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final DateField from = new DateField();
    final DateField to = new DateField();
    final ComboBox<Long> city = new ComboBox<>();
    final ComboBox<Long> department = new ComboBox<>();
    final ComboBox<Long> topic = new ComboBox<>();
    final Grid<BriefingRow> grid = new Grid<>(BriefingRow.class, false);
    final Span total = new Span();

    private final RollCallService rollCall;

    BriefingListView(
            RollCallService rollCall,
            TrainingTopicService topics,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.rollCall = rollCall;
        addClassName("briefing-list-view");
        setSizeFull();
        var names = new Labels(referenceData, directory.allDisplayNames());
        var topicTitles = topics.titles();
        var scope = currentUser.scope();

        Filters.period(from, to);
        var cities = names.reference.citiesWhere(scope::allows);
        Filters.choices(city, "contacts.filter.city", cities);
        Filters.choices(
                department, "rollcall.department", names.reference.departmentsWhere(scope::allows, false, null));
        Filters.choices(topic, "training.topic", topicTitles);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        city.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(from, to, city, department, topic);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filter-bar");

        var log = new Button(getTranslation("rollcall.log"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(BriefingFormView.class)));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var coverage = new Anchor("rollcall/coverage", getTranslation("nav.coverage"));
        var toolbar = new HorizontalLayout(
                log,
                total,
                coverage,
                Downloads.csv(this, "jcpp-briefings.csv", text -> rollCall.exportCsv(filter(), text)));
        toolbar.getStyle().set("flex-wrap", "wrap");
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.addColumn(row -> Formats.date(row.briefedOn()))
                .setHeader(getTranslation("rollcall.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> names.reference.department(row.departmentId()))
                .setHeader(getTranslation("rollcall.department"))
                .setFlexGrow(2);
        grid.addColumn(row -> names.reference.shift(row.shiftId()))
                .setHeader(getTranslation("rollcall.shift"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.names(topicTitles, row.topicIds()))
                .setHeader(getTranslation("rollcall.topics"))
                .setFlexGrow(3);
        grid.addColumn(BriefingRow::officers)
                .setHeader(getTranslation("rollcall.officers.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> names.user(row.presenterId()))
                .setHeader(getTranslation("rollcall.presenter"))
                .setWidth("10rem")
                .setFlexGrow(0);
        var compact = grid.addColumn(LitRenderer.<BriefingRow>of(
                                "<div class='two-line'><strong>${item.when} · ${item.where}</strong>"
                                        + "<span>${item.details}</span></div>")
                        .withProperty("when", row -> Formats.date(row.briefedOn()))
                        .withProperty(
                                "where",
                                row -> names.reference.department(row.departmentId()) + " · "
                                        + names.reference.shift(row.shiftId()))
                        .withProperty(
                                "details",
                                row -> getTranslation("rollcall.officers.count", row.officers()) + " · "
                                        + Formats.names(topicTitles, row.topicIds())))
                .setHeader(getTranslation("nav.rollcall"));
        compact.setVisible(false);
        Narrow.whenNarrow(grid, () -> grid.getColumns().forEach(column -> column.setVisible(column == compact)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("rollcall.empty"));
        PagedLists.page(
                grid, page -> rollCall.rows(filter(), page), () -> rollCall.count(filter()), total, "rollcall.total");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(BriefingView.class, e.getItem().id())));
        grid.setSizeFull();
        add(PagedLists.foldedOnPhones(filters), toolbar, grid);
    }

    BriefingFilter filter() {
        return new BriefingFilter(
                from.getValue(), to.getValue(), city.getValue(), department.getValue(), topic.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Addresses.longParameter(event.getLocation(), "topic")
                .filter(topic.getListDataView()::contains)
                .ifPresent(topic::setValue);
        Addresses.applyCityAndPeriod(event.getLocation(), city, from, to);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rollcall");
    }
}
