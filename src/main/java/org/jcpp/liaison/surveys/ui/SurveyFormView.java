package org.jcpp.liaison.surveys.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.FormActions;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.surveys.SurveyService;

/**
 * A new survey ({@code surveys/new}): for a period, or — opened from an event's or a series' page
 * ({@code surveys/new?event=ID}, {@code ?series=ID}) — after that event or series. A survey's questions are not changed
 * once made (its answers would no longer match them), so there is no edit form.
 */
@Route("surveys/new")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class SurveyFormView extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    final SurveyDataForm form;
    final Paragraph follows = new Paragraph();
    final Button save = new SaveButton("", this::save);

    private final SurveyService surveys;
    private final OutreachService outreach;
    private final Clock clock;

    SurveyFormView(
            SurveyService surveys,
            OutreachService outreach,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser,
            Clock clock) {
        this.surveys = surveys;
        this.outreach = outreach;
        this.clock = clock;
        var names = new Labels(referenceData, directory.allDisplayNames());
        form = new SurveyDataForm(names.activeScopeCities(currentUser.scope()::allows), clock);
        addClassName("survey-form-view");
        setMaxWidth("56rem");
        follows.addClassName("survey-follows");
        follows.setVisible(false);
        add(
                new Paragraph(getTranslation("survey.form.intro")),
                follows,
                form,
                FormActions.buttons(
                        this, save, "survey.save", () -> getUI().ifPresent(ui -> ui.navigate(SurveyListView.class))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var location = event.getLocation();
        try {
            var eventId = Addresses.longParameter(location, "event");
            var seriesId = Addresses.longParameter(location, "series");
            if (eventId.isPresent()) {
                var followed = outreach.get(eventId.get());
                form.follow(
                        followed.id(),
                        null,
                        followed.cityId(),
                        getTranslation("survey.form.after", followed.title()),
                        followed.endsAt().toLocalDate());
                showFollows("survey.form.follows-event", followed.title());
            } else if (seriesId.isPresent()) {
                var followed = outreach.getSeries(seriesId.get());
                var sessions = followed.sessions();
                var day = sessions.isEmpty()
                        ? java.time.LocalDate.now(clock)
                        : sessions.getLast().endsAt().toLocalDate();
                form.follow(
                        null,
                        followed.id(),
                        followed.cityId(),
                        getTranslation("survey.form.after", followed.title()),
                        day);
                showFollows("survey.form.follows-series", followed.title());
            }
        } catch (RecordNotFoundException e) {
            Notices.error(getTranslation("survey.event.not-found"));
        }
    }

    private void showFollows(String key, String title) {
        follows.setText(getTranslation(key, title));
        follows.setVisible(true);
    }

    private void save() {
        form.write()
                .ifPresentOrElse(
                        data -> FormActions.send(
                                this,
                                form.fields(),
                                () -> surveys.create(data),
                                "survey.saved",
                                saved -> getUI().ifPresent(ui -> ui.navigate(SurveyView.class, saved.id()))),
                        () -> Notices.error(getTranslation("error.check-input")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.new");
    }
}
