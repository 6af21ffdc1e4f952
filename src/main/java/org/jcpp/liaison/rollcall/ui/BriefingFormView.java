package org.jcpp.liaison.rollcall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.rollcall.BriefingData;
import org.jcpp.liaison.rollcall.BriefingDetails;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.training.RevisionRef;
import org.jcpp.liaison.training.TrainingTopicService;
import org.jspecify.annotations.Nullable;

/**
 * Logging a roll-call briefing right after roll-call, from a phone ({@code rollcall/log}), or changing one
 * ({@code rollcall/log/ID}): the view places the {@link BriefingDataForm} and saves what it gives. A refused save marks
 * the field and keeps everything typed; the save button works once per click.
 */
@Route("rollcall/log")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class BriefingFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    final BriefingDataForm form;
    final Button save = new SaveButton("", this::save);

    private final RollCallService rollCall;
    private final Map<Long, String> topicTitles = new LinkedHashMap<>();
    private @Nullable BriefingDetails editing;

    BriefingFormView(
            RollCallService rollCall,
            TrainingTopicService topicService,
            org.jcpp.liaison.referencedata.ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser,
            Clock clock) {
        this.rollCall = rollCall;
        topicService.active().forEach(t -> topicTitles.put(t.id(), t.title()));
        form = new BriefingDataForm(
                new Labels(referenceData, directory.allDisplayNames()),
                topicService.titles(),
                directory,
                currentUser,
                topicTitles,
                clock);
        addClassName("briefing-form-view");
        setMaxWidth("50rem");
        add(form, FormActions.buttons(this, save, "rollcall.save", this::leave));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        editing = Records.toEdit(event, () -> rollCall.get(id), BriefingDetails::canEdit)
                .orElse(null);
        if (editing == null) {
            return;
        }
        for (RevisionRef covered : editing.topics()) {
            topicTitles.putIfAbsent(covered.topicId(), covered.title()); // a retired topic covered stays shown
        }
        form.read(new BriefingData(
                editing.briefedOn(),
                editing.departmentId(),
                editing.shiftId(),
                editing.presenterId(),
                editing.topics().stream().map(RevisionRef::topicId).collect(Collectors.toSet()),
                editing.officers(),
                editing.minutes(),
                editing.feedback(),
                editing.followUps()));
    }

    private void save() {
        form.write()
                .ifPresentOrElse(
                        data -> WordingCheck.thenSave(
                                this,
                                List.of(data.feedback(), data.followUps()),
                                () -> send(data),
                                form.feedback::focus),
                        () -> Notices.error(getTranslation("error.check-input")));
    }

    private void send(BriefingData data) {
        FormActions.send(
                this,
                form.fields(),
                () -> editing == null ? rollCall.log(data) : rollCall.update(editing.id(), editing.version(), data),
                editing == null ? "rollcall.logged" : "rollcall.updated",
                saved -> getUI().ifPresent(ui -> ui.navigate(BriefingView.class, saved.id())));
    }

    private void leave() {
        var stored = editing;
        if (stored == null) {
            getUI().ifPresent(ui -> ui.navigate(BriefingListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(BriefingView.class, stored.id()));
        }
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "rollcall.log" : "rollcall.edit");
    }
}
