package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
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
import org.jcpp.liaison.committees.CommitteeService;
import org.jcpp.liaison.committees.RecommendationCategory;
import org.jcpp.liaison.committees.RecommendationFilter;
import org.jcpp.liaison.committees.RecommendationRow;
import org.jcpp.liaison.committees.RecommendationService;
import org.jcpp.liaison.committees.RecommendationStatus;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;

/**
 * The committees' recommendations in the user's cities, newest first, filtered by city, committee, status, category,
 * period and overdue ({@code committees/recommendations?committee=ID&overdue=true}); paged in the database, with a CSV
 * of what the filters show.
 */
@Route("committees/recommendations")
@Menu(order = 6.6, icon = "vaadin:lightbulb", title = "nav.recommendations")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class RecommendationListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<Long> city = new ComboBox<>();
    final ComboBox<Long> committee = new ComboBox<>();
    final Select<RecommendationStatus> status = new Select<>();
    final Select<RecommendationCategory> category = new Select<>();
    final Checkbox overdue = new Checkbox();
    final DateField from = new DateField();
    final DateField to = new DateField();
    final Grid<RecommendationRow> grid = new Grid<>(RecommendationRow.class, false);
    final Span total = new Span();

    private final RecommendationService recommendations;

    RecommendationListView(
            RecommendationService recommendations,
            CommitteeService committees,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.recommendations = recommendations;
        addClassName("recommendation-list-view");
        setSizeFull();
        var names = new Labels(referenceData, directory.allDisplayNames());
        Map<Long, String> committeeNames = committees.names();
        Filters.choices(city, "contacts.filter.city", names.reference.citiesWhere(currentUser.scope()::allows));
        Filters.choices(committee, "committees.committee", committeeNames);
        status.setLabel(getTranslation("committees.status"));
        status.setItems(RecommendationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("committees.filter.any"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("committees.filter.any") : Formats.enumLabel(this, s));
        category.setLabel(getTranslation("committees.category"));
        category.setItems(RecommendationCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("committees.filter.any"));
        category.setItemLabelGenerator(
                c -> c == null ? getTranslation("committees.filter.any") : Formats.enumLabel(this, c));
        overdue.setLabel(getTranslation("committees.filter.overdue"));
        from.setLabel(getTranslation("contacts.filter.from"));
        to.setLabel(getTranslation("contacts.filter.to"));
        for (var field : List.of(city, committee)) {
            field.addValueChangeListener(e -> refresh());
        }
        status.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(city, committee, status, category, from, to, overdue);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filter-bar");

        var toolbar = new HorizontalLayout(
                total,
                Downloads.csv(this, "jcpp-recommendations.csv", text -> recommendations.exportCsv(filter(), text)));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.getStyle().set("flex-wrap", "wrap");

        grid.addColumn(row -> Formats.date(row.raisedOn()))
                .setHeader(getTranslation("committees.raised-on"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> committeeNames.getOrDefault(row.committeeId(), ""))
                .setHeader(getTranslation("committees.committee"))
                .setFlexGrow(1);
        grid.addColumn(RecommendationRow::title)
                .setHeader(getTranslation("committees.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> Formats.enumLabel(this, row.category()))
                .setHeader(getTranslation("committees.category"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.enumLabel(this, row.status()))
                .setHeader(getTranslation("committees.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<RecommendationRow>of(
                                "${item.due}<span class='overdue-badge' ?hidden=${!item.overdue}> ${item.late}</span>")
                        .withProperty("due", row -> row.dueOn() == null ? "" : Formats.date(row.dueOn()))
                        .withProperty("overdue", RecommendationRow::overdue)
                        .withProperty("late", row -> getTranslation("committees.overdue")))
                .setHeader(getTranslation("committees.due-on"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var compact = grid.addColumn(LitRenderer.<RecommendationRow>of(
                                "<div class='two-line'><strong>${item.title}</strong><span>${item.details}</span></div>")
                        .withProperty("title", RecommendationRow::title)
                        .withProperty(
                                "details",
                                row -> Formats.date(row.raisedOn()) + " · "
                                        + committeeNames.getOrDefault(row.committeeId(), "") + " · "
                                        + Formats.enumLabel(this, row.status())
                                        + (row.overdue() ? " · " + getTranslation("committees.overdue") : "")))
                .setHeader(getTranslation("nav.recommendations"));
        compact.setVisible(false);
        Narrow.whenNarrow(grid, () -> grid.getColumns().forEach(column -> column.setVisible(column == compact)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("committees.recommendations.empty"));
        PagedLists.page(
                grid,
                page -> recommendations.rows(filter(), page),
                () -> recommendations.count(filter()),
                total,
                "committees.recommendations.total");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(RecommendationView.class, e.getItem().id())));
        grid.setSizeFull();
        add(PagedLists.foldedOnPhones(filters), toolbar, grid);
    }

    RecommendationFilter filter() {
        return new RecommendationFilter(
                city.getValue(),
                committee.getValue(),
                status.getValue(),
                category.getValue(),
                overdue.getValue(),
                from.getValue(),
                to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Addresses.longParameter(event.getLocation(), "committee")
                .filter(committee.getListDataView()::contains)
                .ifPresent(committee::setValue);
        Addresses.applyCityAndPeriod(event.getLocation(), city, from, to);
        if (event.getLocation()
                .getQueryParameters()
                .getSingleParameter("overdue")
                .orElse("")
                .equals("true")) {
            overdue.setValue(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.recommendations");
    }
}
