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
    final com.vaadin.flow.component.html.Div results = new com.vaadin.flow.component.html.Div();
    final Button close = new Button();
    final Button reopen = new Button();

    private final SurveyService surveys;
    private final Labels names;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private SurveyDetails survey;

    final com.vaadin.flow.component.html.Anchor handoutPdf;
    final com.vaadin.flow.component.html.Anchor handoutPng;
    final com.vaadin.flow.router.RouterLink paper = new com.vaadin.flow.router.RouterLink();

    SurveyView(
            SurveyService surveys,
            org.jcpp.liaison.surveys.SurveyHandouts handouts,
            ReferenceDataService referenceData,
            AccountDirectory directory) {
        this.surveys = surveys;
        handoutPdf = org.jcpp.liaison.base.ui.Downloads.file(
                this,
                "survey.handout.pdf",
                () -> handouts.fileName(survey.id(), "pdf"),
                "application/pdf",
                () -> handouts.pdf(survey.id()));
        handoutPng = org.jcpp.liaison.base.ui.Downloads.file(
                this,
                "survey.handout.png",
                () -> handouts.fileName(survey.id(), "png"),
                "image/png",
                () -> handouts.png(survey.id()));
        handoutPdf.addClassName("handout-pdf");
        handoutPng.addClassName("handout-png");
        paper.setText(getTranslation("survey.paper.open"));
        paper.addClassName("paper-answers");
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
        results.addClassName("survey-results");
        add(
                title,
                new Paragraph(getTranslation("survey.link.intro")),
                link,
                actions(handoutPdf, handoutPng),
                facts,
                paper,
                actions(close, reopen),
                new H3(getTranslation("survey.results")),
                results,
                questionsTitle,
                questions);
    }

    private static com.vaadin.flow.component.orderedlayout.FlexLayout actions(
            com.vaadin.flow.component.Component... parts) {
        var actions = new com.vaadin.flow.component.orderedlayout.FlexLayout(parts);
        actions.addClassName("record-actions");
        return actions;
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
                .fact("survey.days", SurveyDays.of(this, data.opensOn(), data.closesOn()))
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
        paper.setRoute(SurveyPaperView.class, details.id());
        close.setVisible(details.closedAt() == null);
        reopen.setVisible(details.closedAt() != null);
        questions.removeAll();
        for (QuestionRef question : details.questions()) {
            questions.add(new ListItem(words(details, question) + " ("
                    + getTranslation("survey.scale." + question.scale().name()) + ")"));
        }
        showResults(details);
    }

    /** The figures, only from the tenth answer on; each point's count in a table, the mean in words. */
    private void showResults(SurveyDetails details) {
        results.removeAll();
        var figures = surveys.results(details.id());
        if (!figures.enough()) {
            results.add(new Paragraph(getTranslation(
                    "survey.results.not-enough",
                    figures.answers(),
                    org.jcpp.liaison.surveys.SurveyLimits.ANSWERS_BEFORE_FIGURES)));
            return;
        }
        for (var item : figures.items()) {
            var question = item.question();
            var heading = new com.vaadin.flow.component.html.H4(words(details, question));
            results.add(heading);
            results.add(new Paragraph(
                    item.mean() == null
                            ? getTranslation("survey.results.unanswered")
                            : getTranslation(
                                    "survey.results.mean",
                                    String.format(getLocale(), "%.1f", item.mean()),
                                    item.answered())));
            var table = new com.vaadin.flow.dom.Element("table");
            table.getClassList().add("survey-points");
            var head = new com.vaadin.flow.dom.Element("tr");
            head.appendChild(
                    new com.vaadin.flow.dom.Element("th")
                            .setText(getTranslation("survey.results.answer"))
                            .setAttribute("scope", "col"),
                    new com.vaadin.flow.dom.Element("th")
                            .setText(getTranslation("survey.results.count"))
                            .setAttribute("scope", "col"));
            table.appendChild(head);
            item.points().forEach((point, count) -> {
                var row = new com.vaadin.flow.dom.Element("tr");
                String label = question.scale() == org.jcpp.liaison.surveys.SurveyScale.ZERO_TO_TEN
                        ? String.valueOf(point)
                        : getTranslation("survey.scale." + question.scale().name() + "." + point);
                row.appendChild(
                        new com.vaadin.flow.dom.Element("th").setText(label).setAttribute("scope", "row"),
                        new com.vaadin.flow.dom.Element("td").setText(String.valueOf(count)));
                table.appendChild(row);
            });
            results.getElement().appendChild(table);
        }
        if (figures.texts() > 0) {
            results.add(new com.vaadin.flow.component.html.H4(getTranslation("survey.results.texts", figures.texts())));
            var list = new com.vaadin.flow.component.html.UnorderedList();
            figures.latestTexts().forEach(text -> list.add(new ListItem(text)));
            results.add(list);
        }
    }

    private String words(SurveyDetails details, QuestionRef question) {
        return SurveyWords.of(this, details, question);
    }

    @Override
    public String getPageTitle() {
        return survey == null ? getTranslation("nav.surveys") : survey.data().title();
    }
}
