package org.jcpp.liaison.committees.ui;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Filters;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.committees.CommitteeRow;
import org.jcpp.liaison.committees.CommitteeService;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;

/**
 * The Multicultural Advisory Committees of the user's cities: members serving, the last meeting held, open and
 * overdue recommendations. Paged in the database.
 */
@Route("committees")
@Menu(order = 6.5, icon = "vaadin:group", title = "nav.committees")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class CommitteeListView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Long> city = new ComboBox<>();
    final Grid<CommitteeRow> grid = new Grid<>(CommitteeRow.class, false);
    final Span total = new Span();

    private final CommitteeService committees;

    CommitteeListView(
            CommitteeService committees,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.committees = committees;
        addClassName("committee-list-view");
        setSizeFull();
        var names = new Labels(referenceData, directory.allDisplayNames());
        Filters.choices(city, "contacts.filter.city", names.reference.citiesWhere(currentUser.scope()::allows));
        city.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new FlexLayout(city);
        filters.addClassName("filter-bar");

        var create = new Button(getTranslation("committees.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(CommitteeFormView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(
                create, total, new Anchor("committees/recommendations", getTranslation("nav.recommendations")));
        toolbar.getStyle().set("flex-wrap", "wrap");
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.addColumn(CommitteeRow::name)
                .setHeader(getTranslation("committees.committee"))
                .setFlexGrow(2);
        grid.addColumn(row -> names.reference.city(row.cityId()))
                .setHeader(getTranslation("contacts.city"))
                .setFlexGrow(1);
        grid.addColumn(CommitteeRow::members)
                .setHeader(getTranslation("committees.members.serving"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row ->
                        row.lastMet() == null ? getTranslation("committees.never-met") : Formats.date(row.lastMet()))
                .setHeader(getTranslation("committees.last-met"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CommitteeRow::openRecommendations)
                .setHeader(getTranslation("committees.open"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CommitteeRow::overdueRecommendations)
                .setHeader(getTranslation("committees.overdue"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.active() ? "" : getTranslation("committees.inactive"))
                .setHeader(getTranslation("committees.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var compact = grid.addColumn(LitRenderer.<CommitteeRow>of(
                                "<div class='two-line'><strong>${item.name}</strong><span>${item.details}</span></div>")
                        .withProperty("name", row -> row.name() + " · " + names.reference.city(row.cityId()))
                        .withProperty(
                                "details",
                                row -> getTranslation(
                                        "committees.compact",
                                        row.members(),
                                        row.lastMet() == null
                                                ? getTranslation("committees.never-met")
                                                : Formats.date(row.lastMet()),
                                        row.openRecommendations())))
                .setHeader(getTranslation("nav.committees"));
        compact.setVisible(false);
        Narrow.whenNarrow(grid, () -> grid.getColumns().forEach(column -> column.setVisible(column == compact)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("committees.empty"));
        PagedLists.page(
                grid,
                page -> committees.rows(city.getValue(), page),
                () -> committees.count(city.getValue()),
                total,
                "committees.total");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(CommitteeView.class, e.getItem().id())));
        grid.setSizeFull();
        add(PagedLists.foldedOnPhones(filters), toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.committees");
    }
}
