package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import org.jcpp.liaison.base.ui.Downloads;
import org.jcpp.liaison.base.ui.Filters;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedFilter;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;

/**
 * Every need in the user's cities, filtered by city, status, category and overdue. The address keeps the filters
 * ({@code needs?city=3&overdue}), so a dashboard figure can link to its list.
 */
@Route("needs")
@Menu(order = 3, icon = "vaadin:clipboard-check", title = "nav.needs")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class NeedsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<Long> city = new ComboBox<>();
    final Select<NeedStatus> status = new Select<>();
    final Select<NeedCategory> category = new Select<>();
    final Checkbox overdue = new Checkbox();
    final Checkbox stillOpen = new Checkbox();
    final NeedGrid grid;
    final Span total = new Span();
    private final NeedService needs;

    NeedsView(
            NeedService needs,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.needs = needs;
        addClassName("needs-view");
        setSizeFull();
        var labels = new Labels(referenceData, directory.allDisplayNames());
        var cities = labels.scopeCities(currentUser.scope()::allows);
        Filters.choices(city, "contacts.filter.city", cities);
        status.setLabel(getTranslation("need.status"));
        status.setItems(NeedStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("contacts.filter.any") : Formats.enumLabel(this, s));
        category.setLabel(getTranslation("need.category"));
        category.setItems(NeedCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setItemLabelGenerator(
                c -> c == null ? getTranslation("contacts.filter.any") : Formats.enumLabel(this, c));
        overdue.setLabel(getTranslation("needs.overdue-only"));
        stillOpen.setLabel(getTranslation("needs.open-only"));
        stillOpen.setValue(true);
        city.addValueChangeListener(e -> filtersChanged());
        status.addValueChangeListener(e -> {
            // a chosen status says it all
            stillOpen.setEnabled(e.getValue() == null);
            filtersChanged();
        });
        stillOpen.addValueChangeListener(e -> filtersChanged());
        category.addValueChangeListener(e -> filtersChanged());
        overdue.addValueChangeListener(e -> filtersChanged());
        var filters = new FlexLayout(city, status, category, stillOpen, overdue);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("filter-bar");

        grid = new NeedGrid(labels);
        grid.setEmptyStateText(getTranslation("needs.empty"));
        PagedLists.page(grid, page -> needs.rows(filter(), page), () -> needs.count(filter()), total, "needs.total");
        var toolbar = new HorizontalLayout(
                total, Downloads.csv(this, "jcpp-needs.csv", text -> needs.exportCsv(filter(), text)));
        toolbar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(filters, toolbar, grid);
    }

    /** Refreshes the list and keeps the city, overdue and all-statuses filters in the address, so Back returns to them. */
    private void filtersChanged() {
        grid.getDataProvider().refreshAll();
        var query = new java.util.ArrayList<String>();
        if (city.getValue() != null) {
            query.add("city=" + city.getValue());
        }
        if (overdue.getValue()) {
            query.add("overdue");
        }
        if (!stillOpen.getValue()) {
            query.add("all");
        }
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, "needs" + (query.isEmpty() ? "" : "?" + String.join("&", query))));
    }

    NeedFilter filter() {
        return new NeedFilter(
                city.getValue(),
                status.getValue(),
                category.getValue(),
                overdue.getValue(),
                null,
                stillOpen.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Addresses.longParameter(event.getLocation(), "city")
                .filter(city.getListDataView()::contains)
                .ifPresent(city::setValue);
        overdue.setValue(parameters.containsKey("overdue"));
        stillOpen.setValue(!parameters.containsKey("all"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.needs");
    }
}
