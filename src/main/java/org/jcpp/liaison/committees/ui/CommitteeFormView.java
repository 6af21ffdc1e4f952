package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.FormActions;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.committees.CommitteeDetails;
import org.jcpp.liaison.committees.CommitteeService;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jspecify.annotations.Nullable;

/** A new advisory committee ({@code committees/edit}) or a change to one ({@code committees/edit/ID}). */
@Route("committees/edit")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class CommitteeFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    final CommitteeDataForm form;
    final Button save = new SaveButton("", this::save);

    private final CommitteeService committees;
    private @Nullable CommitteeDetails editing;

    CommitteeFormView(
            CommitteeService committees,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.committees = committees;
        var names = new Labels(referenceData, directory.allDisplayNames());
        form = new CommitteeDataForm(names.activeScopeCities(currentUser.scope()::allows));
        addClassName("committee-form-view");
        setMaxWidth("50rem");
        add(form, FormActions.buttons(this, save, "committees.save", this::leave));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        editing = Records.toEdit(event, () -> committees.get(id), CommitteeDetails::canEdit)
                .orElse(null);
        if (editing != null) {
            form.read(editing.data());
        }
    }

    private void save() {
        form.write()
                .ifPresentOrElse(
                        data -> WordingCheck.thenSave(
                                this,
                                java.util.List.of(data.name()),
                                () -> FormActions.send(
                                        this,
                                        form.fields(),
                                        () -> editing == null
                                                ? committees.create(data)
                                                : committees.update(editing.id(), editing.version(), data),
                                        "committees.saved",
                                        saved -> getUI().ifPresent(ui -> ui.navigate(CommitteeView.class, saved.id()))),
                                form.name::focus),
                        () -> Notices.error(getTranslation("error.check-input")));
    }

    private void leave() {
        var stored = editing;
        getUI().ifPresent(ui -> {
            if (stored == null) {
                ui.navigate(CommitteeListView.class);
            } else {
                ui.navigate(CommitteeView.class, stored.id());
            }
        });
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "committees.new" : "committees.edit");
    }
}
