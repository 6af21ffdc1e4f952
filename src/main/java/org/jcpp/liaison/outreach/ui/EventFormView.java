package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.FormActions;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.outreach.EventData;
import org.jcpp.liaison.outreach.EventDetails;
import org.jcpp.liaison.outreach.EventStatus;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jspecify.annotations.Nullable;

/**
 * Planning an event ({@code events/plan}, {@code ?series=ID} for a session of a series) and recording how it went
 * ({@code events/plan/ID}): held with its attendance, police participation and outcomes, or cancelled. A refused save
 * marks the field and keeps everything typed.
 */
@Route("events/plan")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class EventFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    final EventDataForm form;
    final Button save = new SaveButton("", this::save);

    private final OutreachService outreach;
    private @Nullable EventDetails editing;

    EventFormView(
            OutreachService outreach,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser,
            Clock clock) {
        this.outreach = outreach;
        form = new EventDataForm(
                outreach, new Labels(referenceData, directory.allDisplayNames()), directory, currentUser, clock);
        addClassName("event-form-view");
        setMaxWidth("60rem");
        add(form, FormActions.buttons(this, save, "outreach.save", this::leave));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            Addresses.longParameter(event.getLocation(), "series").ifPresent(this::startInSeries);
            return;
        }
        editing = Records.toEdit(event, () -> outreach.get(id), EventDetails::canEdit)
                .orElse(null);
        if (editing == null) {
            return;
        }
        form.read(new EventData(
                editing.title(),
                editing.type(),
                editing.cityId(),
                editing.venue(),
                editing.startsAt(),
                editing.endsAt(),
                editing.organiserId(),
                editing.partnerIds(),
                editing.languageIds(),
                editing.status() == EventStatus.PLANNED && editing.endsAt().isBefore(LocalDateTime.now())
                        ? EventStatus.HELD // a planned event that is over is opened to record how it went
                        : editing.status(),
                editing.attendance(),
                editing.groupAttendance(),
                editing.police(),
                editing.outcomes(),
                editing.seriesId(),
                editing.interpretation()));
    }

    private void startInSeries(long seriesId) {
        try {
            var chosen = outreach.getSeries(seriesId);
            form.startInSeries(
                    chosen.id(),
                    chosen.cityId(),
                    getTranslation(
                            "outreach.session-title",
                            chosen.title(),
                            chosen.sessions().size() + 1));
        } catch (org.jcpp.liaison.base.RecordNotFoundException e) {
            Notices.error(getTranslation("outreach.series.not-found"));
        }
    }

    private void save() {
        form.write()
                .ifPresentOrElse(
                        data -> {
                            Runnable wordingThenSend = () ->
                                    WordingCheck.thenSave(this, form.texts(), () -> send(data), form.outcomes::focus);
                            if (data.endsAt().isAfter(data.startsAt()) && data.runsIntoAnotherDay()) {
                                confirmLength(data, wordingThenSend);
                            } else {
                                wordingThenSend.run();
                            }
                        },
                        () -> Notices.error(getTranslation("error.check-input")));
    }

    /** An event that runs into another day is most often a date typed wrong: the user says whether it is meant. */
    private void confirmLength(EventData data, Runnable save) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("outreach.long.title"));
        dialog.setText(getTranslation(
                "outreach.long.text",
                length(data.length()),
                Formats.dateTime(data.startsAt()),
                Formats.dateTime(data.endsAt())));
        // as with the wording check, the safe choice is the default one (Enter); Escape also goes back
        dialog.setConfirmText(getTranslation("outreach.long.back"));
        dialog.addConfirmListener(e -> form.endsAt.focus());
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("outreach.long.save"));
        dialog.addRejectListener(e -> save.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.addCancelListener(e -> form.endsAt.focus());
        dialog.open();
    }

    /** "1 day 23 hours", "23 hours 30 minutes". */
    private String length(Duration length) {
        var parts = new ArrayList<String>();
        if (length.toDays() > 0) {
            parts.add(getTranslation("outreach.length.days", length.toDays()));
        }
        if (length.toHoursPart() > 0) {
            parts.add(getTranslation("outreach.length.hours", length.toHoursPart()));
        }
        if (length.toMinutesPart() > 0 || parts.isEmpty()) {
            parts.add(getTranslation("outreach.length.minutes", length.toMinutesPart()));
        }
        return String.join(" ", parts);
    }

    private void send(EventData data) {
        FormActions.send(
                this,
                form.fields(),
                () -> editing == null ? outreach.plan(data) : outreach.update(editing.id(), editing.version(), data),
                editing == null ? "outreach.planned" : "outreach.saved",
                saved -> getUI().ifPresent(ui -> ui.navigate(EventView.class, saved.id())));
    }

    private void leave() {
        var stored = editing;
        if (stored == null) {
            getUI().ifPresent(ui -> ui.navigate(EventListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(EventView.class, stored.id()));
        }
    }

    @Override
    public Map<String, Integer> draftShape() {
        return form.rowCounts();
    }

    @Override
    public void prepareForDraft(Map<String, Integer> shape) {
        form.openRows(shape);
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "outreach.plan" : "outreach.edit");
    }
}
