package org.jcpp.liaison.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.SignOnGroupRow;
import org.jcpp.liaison.accounts.SignOnGroupService;
import org.jcpp.liaison.accounts.security.SsoSettings;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.referencedata.NamedRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * What each group of the organisation's sign-on gives in the app: a role, member cities or all of them. A person
 * whose groups give a role is let in at their first sign-on with it; taken out of the groups, they lose it at their
 * next sign-on.
 */
@Route("admin/sign-on-groups")
@Menu(order = 9.5, icon = "vaadin:group", title = "nav.admin.sign-on-groups")
@RolesAllowed(Roles.ADMIN)
class SignOnGroupsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SignOnGroupRow> grid = new Grid<>();
    final Button add = new Button();
    final Span total = new Span();

    private final SignOnGroupService groups;
    private final List<NamedRef> cityChoices;
    private final Map<Long, String> cityNames;

    SignOnGroupsView(SignOnGroupService groups, ReferenceDataService referenceData, SsoSettings signOn) {
        this.groups = groups;
        this.cityChoices = referenceData.active(ReferenceKind.CITY);
        this.cityNames = referenceData.names(ReferenceKind.CITY);
        addClassName("sign-on-groups-view");
        setWidthFull();
        var intro = new Paragraph(getTranslation(
                signOn.enabled() ? "sign-on.groups.intro" : "sign-on.groups.intro.off", signOn.groupsClaim()));
        add.setText(getTranslation("sign-on.group.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        buildGrid();
        add(intro, add, total, grid);
    }

    private void buildGrid() {
        grid.addColumn(SignOnGroupRow::groupName)
                .setHeader(getTranslation("sign-on.group"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.role() == null
                        ? getTranslation("sign-on.group.no-role")
                        : getTranslation("role." + row.role()))
                .setHeader(getTranslation("account.role"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.allCities()
                        ? getTranslation("account.all-cities")
                        : Formats.names(cityNames, row.cityIds()))
                .setHeader(getTranslation("account.cities"));
        grid.setEmptyStateText(getTranslation("sign-on.groups.none"));
        grid.addItemClickListener(e -> open(e.getItem()));
        PagedLists.page(grid, groups::rows, groups::count, total, "sign-on.groups.total");
    }

    /** The form in a dialog: a new mapping, or the one clicked with its Delete. */
    private void open(@Nullable SignOnGroupRow row) {
        var dialog = new Dialog(getTranslation(row == null ? "sign-on.group.add" : "sign-on.group.edit"));
        dialog.addClassName("sign-on-group-dialog");
        dialog.setCloseOnOutsideClick(false);
        var form = new SignOnGroupDataForm(cityChoices);
        if (row != null) {
            form.read(row.data());
        }
        var save = new SaveButton(getTranslation("action.save"), () -> form.write()
                .ifPresent(data -> saved(dialog, form, () -> groups.save(data))));
        var cancel = new Button(getTranslation("action.cancel"), e -> {
            DraftKeeper.finish(form); // cancelled: what was typed is not kept
            dialog.close();
        });
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        if (row != null) {
            var delete = new Button(
                    getTranslation("action.delete"),
                    e -> saved(dialog, form, () -> groups.delete(row.id(), row.version())));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().addComponentAsFirst(delete);
        }
        dialog.open();
        // what is typed is kept for the admin when the session ends with the dialog open (as every form)
        DraftKeeper.keep(dialog, row == null ? "group" : "group-" + row.id());
        form.groupName.focus();
    }

    private void saved(Dialog dialog, SignOnGroupDataForm form, Runnable change) {
        if (FormErrors.attempt(form, form.fields(), change)) {
            Notices.success(getTranslation("sign-on.group.saved"));
            dialog.close();
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.sign-on-groups");
    }
}
