package org.jcpp.liaison.outreach.ui;

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
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.outreach.SeriesData;
import org.jcpp.liaison.outreach.SeriesDetails;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jspecify.annotations.Nullable;

/** Starting a series of events ({@code events/series/edit}) or recording its enrolment and completion ({@code .../ID}). */
@Route("events/series/edit")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class SeriesFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    final SeriesDataForm form;
    final Button save = new SaveButton("", this::save);

    private final OutreachService outreach;
    private @Nullable SeriesDetails editing;

    SeriesFormView(
            OutreachService outreach,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.outreach = outreach;
        var names = new Labels(referenceData, directory.allDisplayNames());
        form = new SeriesDataForm(names.reference.citiesWhere(currentUser.scope()::allows), names.reference::city);
        addClassName("series-form-view");
        setMaxWidth("40rem");
        add(form, FormActions.buttons(this, save, "outreach.series.save", this::leave));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        editing = Records.toEdit(event, () -> outreach.getSeries(id), SeriesDetails::canEdit)
                .orElse(null);
        if (editing == null) {
            return;
        }
        form.read(new SeriesData(
                editing.title(), editing.cityId(), editing.participantsEnrolled(), editing.participantsCompleted()));
    }

    private void save() {
        form.write().ifPresentOrElse(this::send, () -> Notices.error(getTranslation("error.check-input")));
    }

    private void send(SeriesData data) {
        FormActions.send(
                this,
                form.fields(),
                () -> editing == null
                        ? outreach.createSeries(data)
                        : outreach.updateSeries(editing.id(), editing.version(), data),
                "outreach.series.saved",
                saved -> getUI().ifPresent(ui -> ui.navigate(SeriesView.class, saved.id())));
    }

    private void leave() {
        var stored = editing;
        if (stored == null) {
            getUI().ifPresent(ui -> ui.navigate(EventListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(SeriesView.class, stored.id()));
        }
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "outreach.series.new" : "outreach.series.edit");
    }
}
