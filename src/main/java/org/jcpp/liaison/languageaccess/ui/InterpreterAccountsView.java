package org.jcpp.liaison.languageaccess.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Confirmations;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.languageaccess.InterpreterAccountData;
import org.jcpp.liaison.languageaccess.InterpreterAccountRow;
import org.jcpp.liaison.languageaccess.LanguageLineService;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.springframework.data.domain.PageRequest;

/**
 * The interpreter vendor's accounts (or caller ids) of each police department, mapped once so that every row of a
 * usage report finds its department. Admins and coordinators keep them (a coordinator for their cities' departments).
 */
@Route("language-line/accounts")
@Menu(order = 7.5, icon = "vaadin:phone", title = "nav.language-line.accounts")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
class InterpreterAccountsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<InterpreterAccountRow> grid = new Grid<>(InterpreterAccountRow.class, false);
    final Button add = new Button();
    private final Span total = new Span();
    private final LanguageLineService service;
    private final List<DepartmentRef> departments;
    private final Map<Long, String> departmentNames;

    InterpreterAccountsView(LanguageLineService service, ReferenceDataService referenceData, CurrentUser currentUser) {
        this.service = service;
        var scope = currentUser.scope();
        var all = referenceData.departments();
        this.departmentNames = all.stream().collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::name));
        // a coordinator maps their cities' departments; an admin any active one
        this.departments = all.stream()
                .filter(DepartmentRef::active)
                .filter(d -> !scope.isCoordinator() || scope.allows(d.cityId()))
                .toList();
        addClassName("interpreter-accounts-view");
        setSizeFull();
        add(new Paragraph(getTranslation("language-line.accounts.intro")));
        add.setText(getTranslation("language-line.account.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        var toolbar = new HorizontalLayout(add, total);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(toolbar, grid());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.language-line.accounts");
    }

    private Grid<InterpreterAccountRow> grid() {
        // the account, with its vendor under it: two columns fit a phone
        grid.addComponentColumn(row -> {
                    var account = new com.vaadin.flow.component.html.Div(row.account());
                    account.addClassName("account-id");
                    var vendor = new com.vaadin.flow.component.html.Div(row.vendor());
                    vendor.addClassName("secondary");
                    return new com.vaadin.flow.component.html.Div(account, vendor);
                })
                .setHeader(getTranslation("language-line.account"))
                .setFlexGrow(2);
        grid.addColumn(r -> departmentNames.getOrDefault(r.departmentId(), "#" + r.departmentId()))
                .setHeader(getTranslation("rollcall.department"))
                .setFlexGrow(3);
        grid.addComponentColumn(row -> {
                    var edit = new Button(getTranslation("reference.edit"), e -> open(row));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel(getTranslation("reference.edit-named", row.account()));
                    return edit;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("language-line.accounts.empty"));
        grid.setItems(query -> service.accounts(PageRequest.of(query.getPage(), query.getPageSize())).stream(), query ->
                (int) service.accountCount());
        return grid;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("reference.total", service.accountCount()));
    }

    private void open(@org.jspecify.annotations.Nullable InterpreterAccountRow row) {
        var dialog =
                new Dialog(getTranslation(row == null ? "language-line.account.add" : "language-line.account.edit"));
        var form = new InterpreterAccountForm(
                departments,
                row == null
                        ? null
                        : new InterpreterAccountData(
                                row.id(), row.version(), row.vendor(), row.account(), row.departmentId()));
        dialog.add(form);
        var save =
                new SaveButton(getTranslation("action.save"), () -> form.write().ifPresent(data -> {
                    if (FormErrors.attempt(dialog, form.fields(), () -> service.saveAccount(data))) {
                        Notices.success(getTranslation("language-line.account.saved", data.account()));
                        refresh();
                        dialog.close();
                    }
                }));
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        if (row != null) {
            var delete = new Button(
                    getTranslation("action.delete"),
                    e -> Confirmations.confirm(
                            this,
                            "language-line.account.delete.title",
                            "language-line.account.delete.text",
                            "action.delete",
                            () -> service.deleteAccount(row.id(), row.version()),
                            "language-line.account.deleted",
                            () -> {
                                refresh();
                                dialog.close();
                            }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().addComponentAsFirst(delete);
        }
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
        DraftKeeper.keep(dialog, row == null ? "account" : "account-" + row.id());
    }
}
