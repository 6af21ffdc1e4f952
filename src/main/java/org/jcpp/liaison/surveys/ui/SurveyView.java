package org.jcpp.liaison.surveys.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.surveys.QuestionRef;
import org.jcpp.liaison.surveys.SurveyDetails;
import org.jcpp.liaison.surveys.SurveyService;

/**
 * A survey's page: its public address (to open, copy or print), its days and languages, whether it takes answers and
 * how many it has, its questions; close it by hand or open it again.
 */
@Route("survey")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class SurveyView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 title = new H2();
    final Facts facts = new Facts();
    final Anchor link = new Anchor();
    final OrderedList questions = new OrderedList();
    final Button close = new Button();
    final Button reopen = new Button();

    private final SurveyService surveys;
    private final Labels names;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private SurveyDetails survey;

    SurveyView(SurveyService surveys, ReferenceDataService referenceData, AccountDirectory directory) {
        this.surveys = surveys;
        this.names = new Labels(referenceData, directory.allDisplayNames());
        addClassName("survey-view");
        setMaxWidth("48rem");
        link.setTarget(AnchorTarget.BLANK);
        link.addClassName("survey-link");
        close.setText(getTranslation("survey.close"));
        close.addClickListener(e -> change(() -> surveys.close(survey.id(), survey.version()), "survey.closed"));
        reopen.setText(getTranslation("survey.reopen"));
        reopen.addClickListener(e -> change(() -> surveys.reopen(survey.id(), survey.version()), "survey.reopened"));
        var questionsTitle = new H3(getTranslation("survey.questions"));
        add(
                title,
                new Paragraph(getTranslation("survey.link.intro")),
                link,
                facts,
                close,
                reopen,
                questionsTitle,
                questions);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Records.orNotFound(event, () -> surveys.get(id)).ifPresent(this::show);
    }

    private void change(java.util.function.Supplier<SurveyDetails> change, String doneKey) {
        var changed = new SurveyDetails[1];
        if (FormErrors.attempt(this, Map.of(), () -> changed[0] = change.get())) {
            show(changed[0]);
            Notices.success(getTranslation(doneKey));
        }
    }

    private void show(SurveyDetails details) {
        this.survey = details;
        var data = details.data();
        title.setText(data.title());
        String path = "s/" + details.code();
        link.setHref(path);
        link.setText(getTranslation("survey.link", path));
        facts.removeAll();
        facts.fact("contacts.city", names.reference.city(data.cityId()))
                .fact(
                        "survey.days",
                        data.closesOn() == null
                                ? getTranslation("survey.days.from", Formats.date(data.opensOn()))
                                : getTranslation(
                                        "survey.days.span",
                                        Formats.date(data.opensOn()),
                                        Formats.date(data.closesOn())))
                .fact(
                        "survey.languages",
                        data.languages().stream()
                                .sorted()
                                .map(l -> getTranslation("survey.language." + l.tag()))
                                .collect(Collectors.joining(", ")))
                .fact(
                        "survey.standing",
                        details.closedAt() != null
                                ? getTranslation("survey.closed-by-hand")
                                : getTranslation(
                                        details.openToday() ? "survey.standing.OPEN" : "survey.standing.not-open"))
                .fact("survey.answers", String.valueOf(details.answers()));
        close.setVisible(details.closedAt() == null);
        reopen.setVisible(details.closedAt() != null);
        questions.removeAll();
        int own = 0;
        for (QuestionRef question : details.questions()) {
            String words;
            if (question.item() == null) {
                var ownQuestion = data.ownQuestions().get(own++);
                // in the reader's language where the survey has it, else in English
                String mine = org.jcpp.liaison.surveys.SurveyLanguage.ofTag(
                                getLocale().getLanguage())
                        .map(ownQuestion::text)
                        .orElse("");
                words = mine.isBlank() ? ownQuestion.textEn() : mine;
            } else {
                words = getTranslation("survey.item." + question.item().name());
            }
            questions.add(new ListItem(words + " ("
                    + getTranslation("survey.scale." + question.scale().name()) + ")"));
        }
    }

    @Override
    public String getPageTitle() {
        return survey == null ? getTranslation("nav.surveys") : survey.data().title();
    }
}
