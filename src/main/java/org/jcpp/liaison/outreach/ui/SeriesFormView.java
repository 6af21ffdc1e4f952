package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.outreach.OutreachLimits;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.outreach.SeriesData;
import org.jcpp.liaison.outreach.SeriesDetails;
import org.jspecify.annotations.Nullable;

/** Starting a series of events ({@code events/series/edit}) or recording its enrolment and completion ({@code .../ID}). */
@Route("events/series/edit")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class SeriesFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    final TextField title = new TextField();
    final ComboBox<Long> city = new ComboBox<>();
    final WholeNumberField enrolled = new WholeNumberField();
    final WholeNumberField completed = new WholeNumberField();
    final Button save = new SaveButton("", this::save);

    private final OutreachService outreach;
    private @Nullable SeriesDetails editing;

    SeriesFormView(
            OutreachService outreach,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.outreach = outreach;
        addClassName("series-form-view");
        setMaxWidth("40rem");
        var names = new Names(referenceData, directory);
        var cities = names.reference.citiesWhere(currentUser.scope()::allows);
        title.setLabel(getTranslation("outreach.series.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(OutreachLimits.TITLE_MAX);
        city.setLabel(getTranslation("contacts.city"));
        city.setItems(cities.keySet());
        city.setItemLabelGenerator(id -> cities.getOrDefault(id, names.reference.city(id)));
        city.setRequiredIndicatorVisible(true);
        if (cities.size() == 1) {
            city.setValue(cities.keySet().iterator().next());
        }
        enrolled.setLabel(getTranslation("outreach.series.enrolled-label"));
        enrolled.setRequiredIndicatorVisible(true);
        enrolled.setStepButtonsVisible(true);
        completed.setLabel(getTranslation("outreach.series.completed-label"));
        completed.setHelperText(getTranslation("outreach.series.completed-help"));
        completed.setStepButtonsVisible(true);
        var layout = new FormLayout(title, city, enrolled, completed);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        layout.setColspan(title, 2);
        save.setText(getTranslation("outreach.series.save"));
        var cancel = new Button(getTranslation("action.cancel"), e -> leave());
        var buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-actions");
        add(layout, buttons);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        editing = Records.orNotFound(event, () -> outreach.getSeries(id)).orElse(null);
        if (editing == null) {
            return;
        }
        if (!editing.canEdit()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title.setValue(editing.title());
        city.setValue(editing.cityId());
        enrolled.setValue(editing.participantsEnrolled());
        completed.setValue(editing.participantsCompleted());
    }

    private void save() {
        fields().values().forEach(f -> f.setInvalid(false));
        if (!(enrolled.checkInput() & completed.checkInput())) {
            Notices.error(getTranslation("error.check-input"));
            return;
        }
        if (title.isEmpty() || city.isEmpty() || enrolled.isEmpty()) {
            for (var field : new HasValidation[] {title, city, enrolled}) {
                if (((com.vaadin.flow.component.HasValue<?, ?>) field).isEmpty()) {
                    field.setErrorMessage(getTranslation("validation.required"));
                    field.setInvalid(true);
                }
            }
            Notices.error(getTranslation("error.check-input"));
            return;
        }
        var data = new SeriesData(title.getValue(), city.getValue(), enrolled.getValue(), completed.getValue());
        SeriesDetails[] saved = new SeriesDetails[1];
        boolean ok = FormErrors.attempt(
                this,
                fields(),
                () -> saved[0] = editing == null
                        ? outreach.createSeries(data)
                        : outreach.updateSeries(editing.id(), editing.version(), data));
        if (ok) {
            Notices.success(getTranslation("outreach.series.saved"));
            getUI().ifPresent(ui -> ui.navigate(SeriesView.class, saved[0].id()));
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of(
                "title", title, "cityId", city, "participantsEnrolled", enrolled, "participantsCompleted", completed);
    }

    private void leave() {
        DraftKeeper.finish(this); // cancelled: what was typed is not kept
        if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(EventListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(SeriesView.class, editing.id()));
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
