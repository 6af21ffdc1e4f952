package org.jcpp.liaison.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountRow;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jspecify.annotations.Nullable;

/** Admins list, add and edit accounts; the grid pages in the database. */
@Route("admin/accounts")
@Menu(order = 9, icon = "vaadin:user-card", title = "nav.admin.accounts")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AccountRow> grid = new Grid<>(AccountRow.class, false);
    final TextField search = new TextField();
    private final Span total = new Span();
    private final AccountService accounts;
    private final ReferenceDataService referenceData;
    private final Map<Long, String> cityNames;

    AccountsView(AccountService accounts, ReferenceDataService referenceData) {
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.cityNames = referenceData.allCityNames();
        setSizeFull();
        addClassName("accounts-view");

        search.setLabel(getTranslation("account.search"));
        search.setClearButtonVisible(true);
        search.setMinWidth("18em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        var add = new Button(getTranslation("account.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, add, total);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(AccountRow::displayName)
                .setHeader(getTranslation("account.display-name"))
                .setKey("displayName")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(AccountRow::username)
                .setHeader(getTranslation("account.username"))
                .setKey("username")
                .setSortable(true);
        grid.addColumn(a -> getTranslation("role." + a.role()))
                .setHeader(getTranslation("account.role"))
                .setKey("role")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(this::citiesText)
                .setHeader(getTranslation("account.cities"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.enabled() ? "account.enabled" : "account.disabled"))
                .setHeader(getTranslation("reference.status"))
                .setKey("enabled")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
                    var edit = new Button(getTranslation("reference.edit"), e -> open(a));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel(getTranslation("reference.edit-named", a.displayName()));
                    return edit;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        // On a phone: one readable column (name, then role, cities and a disabled mark); a tap opens the account.
        var compact = grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<AccountRow>of(
                                "<div class='two-line'><strong>${item.name}</strong><span>${item.details}</span></div>")
                        .withProperty("name", AccountRow::displayName)
                        .withProperty("details", a -> java.util.stream.Stream.of(
                                        getTranslation("role." + a.role()),
                                        citiesText(a),
                                        a.enabled() ? "" : getTranslation("account.disabled"))
                                .filter(part -> !part.isEmpty())
                                .collect(java.util.stream.Collectors.joining(" · "))))
                .setHeader(getTranslation("nav.admin.accounts"));
        compact.setVisible(false);
        org.jcpp.liaison.base.ui.Narrow.whenNarrow(grid, () -> {
            grid.getColumns().forEach(column -> column.setVisible(column == compact));
            grid.addItemClickListener(e -> open(e.getItem()));
        });
        grid.setEmptyStateText(getTranslation("account.empty"));
        grid.setItems(
                query -> accounts.list(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        add(toolbar, grid);
        updateTotal();
    }

    private String citiesText(AccountRow account) {
        if (account.allCities()) {
            return getTranslation("shell.all-cities");
        }
        return cityNames.entrySet().stream()
                .filter(city -> account.cityIds().contains(city.getKey()))
                .map(Map.Entry::getValue)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private void open(@Nullable AccountRow account) {
        var dialog = new AccountDialog(accounts, referenceData, account, this::refresh);
        dialog.open();
        DraftKeeper.keep(dialog, account == null ? "account" : "account-" + account.id());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("reference.total", accounts.count(search.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.accounts");
    }
}
