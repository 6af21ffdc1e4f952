package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
import org.jcpp.liaison.committees.MeetingDetails;
import org.jcpp.liaison.committees.MeetingService;
import org.jcpp.liaison.committees.RecommendationData;
import org.jcpp.liaison.committees.RecommendationDetails;
import org.jcpp.liaison.committees.RecommendationService;
import org.jcpp.liaison.contacts.NeedFilter;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.rollcall.BriefingFilter;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.training.TrainingTopicService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * A recommendation raised at a meeting ({@code committees/recommendation/edit?meeting=ID}) or a change to one
 * ({@code committees/recommendation/edit/ID}). Its status and the department's response are changed on its page.
 */
@Route("committees/recommendation/edit")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class RecommendationFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    /** How many of the city's needs and briefings are offered to link (the newest). */
    static final int LINK_CHOICES = 200;

    final H2 heading = new H2();
    final Paragraph meetingLine = new Paragraph();
    final Button save = new SaveButton("", this::save);

    @SuppressWarnings("NullAway.Init") // built when the page is entered: its choices depend on the meeting's city
    RecommendationDataForm form;

    private final RecommendationService recommendations;
    private final MeetingService meetings;
    private final NeedService needs;
    private final TrainingTopicService topics;
    private final RollCallService rollCall;
    private final ReferenceDataService referenceData;
    private @Nullable RecommendationDetails editing;
    private @Nullable MeetingDetails meeting;

    RecommendationFormView(
            RecommendationService recommendations,
            MeetingService meetings,
            NeedService needs,
            TrainingTopicService topics,
            RollCallService rollCall,
            ReferenceDataService referenceData) {
        this.recommendations = recommendations;
        this.meetings = meetings;
        this.needs = needs;
        this.topics = topics;
        this.rollCall = rollCall;
        this.referenceData = referenceData;
        addClassName("recommendation-form-view");
        setMaxWidth("55rem");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id != null) {
            editing = Records.toEdit(event, () -> recommendations.get(id), RecommendationDetails::canEdit)
                    .orElse(null);
            if (editing == null) {
                return;
            }
            meeting = meetings.get(editing.data().meetingId());
        } else {
            var meetingId = Addresses.longParameter(event.getLocation(), "meeting");
            if (meetingId.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            meeting = Records.orNotFound(event, () -> meetings.get(meetingId.get()))
                    .orElse(null);
        }
        var at = meeting;
        if (at == null) {
            return;
        }
        var stored = editing == null ? null : editing.data();
        form = new RecommendationDataForm(
                choices(at.cityId(), stored), at.data().startsAt().toLocalDate());
        if (stored != null) {
            form.read(stored);
        } else {
            form.raisedAt(at.id());
        }
        heading.setText(getPageTitle());
        meetingLine.setText(getTranslation(
                "committees.recommendation.raised-at",
                at.committeeName(),
                Formats.date(at.data().startsAt().toLocalDate())));
        meetingLine.addClassName("status-badge");
        add(heading, meetingLine, form, FormActions.buttons(this, save, "committees.recommendation.save", this::leave));
    }

    /** The city's departments, newest needs and briefings, and the catalog's topics; what a stored one links stays. */
    private RecommendationDataForm.Choices choices(long cityId, @Nullable RecommendationData stored) {
        var names = referenceData.referenceNames();
        Map<Long, String> departments =
                names.departmentsWhere(city -> city == cityId, true, stored == null ? null : stored.departmentId());
        var needChoices = new LinkedHashMap<Long, String>();
        needs.rows(new NeedFilter(cityId, null, null, false, null, false), PageRequest.of(0, LINK_CHOICES))
                .forEach(n -> needChoices.put(
                        n.id(),
                        getTranslation(
                                "committees.links.need-label",
                                n.id(),
                                Formats.enumLabel(this, n.category()),
                                Formats.enumLabel(this, n.status()))));
        var briefingChoices = new LinkedHashMap<Long, String>();
        rollCall.rows(new BriefingFilter(null, null, cityId, null, null), PageRequest.of(0, LINK_CHOICES))
                .forEach(b -> briefingChoices.put(
                        b.id(),
                        Formats.date(b.briefedOn()) + " · " + names.department(b.departmentId()) + " · "
                                + names.shift(b.shiftId())));
        if (stored != null) {
            keep(needChoices, stored.needIds());
            keep(briefingChoices, stored.briefingIds());
        }
        return new RecommendationDataForm.Choices(departments, needChoices, topics.titles(), briefingChoices);
    }

    private void keep(Map<Long, String> choices, Set<Long> stored) {
        stored.forEach(id -> choices.putIfAbsent(id, "#" + id));
    }

    private void save() {
        form.write()
                .ifPresentOrElse(
                        data -> WordingCheck.thenSave(this, form.texts(), () -> send(data), form.request::focus),
                        () -> Notices.error(getTranslation("error.check-input")));
    }

    private void send(RecommendationData data) {
        FormActions.send(
                this,
                form.fields(),
                () -> editing == null
                        ? recommendations.create(data)
                        : recommendations.update(editing.id(), editing.version(), data),
                "committees.recommendation.saved",
                saved -> getUI().ifPresent(ui -> {
                    if (editing == null) {
                        ui.navigate(MeetingView.class, saved.data().meetingId()); // the next one raised there
                    } else {
                        ui.navigate(RecommendationView.class, saved.id());
                    }
                }));
    }

    private void leave() {
        var stored = editing;
        var at = meeting;
        getUI().ifPresent(ui -> {
            if (stored != null) {
                ui.navigate(RecommendationView.class, stored.id());
            } else if (at != null) {
                ui.navigate(MeetingView.class, at.id());
            } else {
                ui.navigate(RecommendationListView.class);
            }
        });
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "committees.recommendation.add" : "committees.recommendation.edit");
    }
}
