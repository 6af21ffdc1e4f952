package org.jcpp.liaison.surveys.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.FormActions;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.surveys.PaperAnswer;
import org.jcpp.liaison.surveys.PaperAnswersRefused;
import org.jcpp.liaison.surveys.QuestionRef;
import org.jcpp.liaison.surveys.SurveyDetails;
import org.jcpp.liaison.surveys.SurveyLanguage;
import org.jcpp.liaison.surveys.SurveyLimits;
import org.jcpp.liaison.surveys.SurveyScale;
import org.jcpp.liaison.surveys.SurveyService;

/**
 * Paper answers typed in ({@code survey/paper/ID}): a grid with a row per paper and a column per question, typed from
 * the keyboard (Tab goes along the row, then to the next), the points as numbers and the texts as written; blank rows
 * are left out. All are stored or none: a refused value is marked in its cell with what was typed kept.
 */
@Route("survey/paper")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class SurveyPaperView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, KeepsDrafts {

    static final int ROWS_AT_START = 5;
    static final int ROWS_ADDED = 5;

    final H2 title = new H2();
    final DateField day = new DateField();
    final Div grid = new Div();
    final UnorderedList legend = new UnorderedList();
    final Button addRows = new Button();
    final Button save = new SaveButton("", this::save);
    final List<Row> rows = new ArrayList<>();

    private final SurveyService surveys;
    private final Clock clock;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private SurveyDetails survey;

    /** One paper: its language (when the survey has several) and a field per question. */
    record Row(Select<SurveyLanguage> language, Map<QuestionRef, HasValidation> answers) {}

    SurveyPaperView(SurveyService surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
        addClassName("survey-paper-view");
        day.setLabel(getTranslation("survey.paper.day"));
        day.setHelperText(getTranslation("survey.paper.day.help"));
        day.setValue(LocalDate.now(clock));
        day.setMax(LocalDate.now(clock), getTranslation("survey.paper.day.future"));
        grid.addClassName("paper-grid");
        grid.getElement().setAttribute("role", "group");
        grid.getElement().setAttribute("aria-label", getTranslation("survey.paper.grid"));
        addRows.setText(getTranslation("survey.paper.add-rows", ROWS_ADDED));
        addRows.setIcon(VaadinIcon.PLUS.create());
        addRows.addClickListener(e -> addRows(ROWS_ADDED));
        legend.addClassName("paper-legend");
        add(
                title,
                new Paragraph(getTranslation("survey.paper.intro")),
                day,
                grid,
                addRows,
                legend,
                FormActions.buttons(this, save, "survey.paper.save", this::leave));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Records.orNotFound(event, () -> surveys.get(id)).ifPresent(details -> {
            this.survey = details;
            title.setText(getTranslation("survey.paper.title", details.data().title()));
            day.setMin(details.data().opensOn());
            header();
            addRows(ROWS_AT_START);
            legend();
        });
    }

    private void header() {
        var head = new Div();
        head.addClassName("paper-row");
        head.addClassName("paper-head");
        head.getElement().setAttribute("aria-hidden", "true"); // each field says its own question
        head.add(cell("#", "paper-number-cell"));
        if (languages().size() > 1) {
            head.add(cell(getTranslation("survey.paper.language-head"), "paper-language"));
        }
        int n = 1;
        for (QuestionRef question : survey.questions()) {
            head.add(cell(
                    getTranslation("survey.paper.question", n++),
                    question.scale().numeric() ? "paper-number" : "paper-text"));
        }
        grid.add(head);
    }

    private static Div cell(String text, String width) {
        var cell = new Div();
        cell.setText(text);
        cell.addClassNames("paper-cell", width);
        return cell;
    }

    /** Under the grid: each question's words and what its numbers mean. */
    private void legend() {
        var list = legend;
        int n = 1;
        for (QuestionRef question : survey.questions()) {
            list.add(new ListItem(getTranslation("survey.paper.question", n++) + ": "
                    + SurveyWords.of(this, survey, question) + " — " + scaleHint(question.scale())));
        }
    }

    private String scaleHint(SurveyScale scale) {
        return switch (scale) {
            case ZERO_TO_TEN -> getTranslation("survey.paper.hint.zero-ten");
            case TEXT -> getTranslation("survey.paper.hint.text");
            default ->
                getTranslation(
                        "survey.paper.hint.five",
                        getTranslation("survey.scale." + scale.name() + ".1"),
                        getTranslation("survey.scale." + scale.name() + ".5"));
        };
    }

    private List<SurveyLanguage> languages() {
        return survey.data().languages().stream().sorted().toList();
    }

    void addRows(int count) {
        for (int i = 0; i < count && rows.size() < SurveyLimits.PAPER_ROWS_MAX; i++) {
            int number = rows.size() + 1;
            var line = new Div();
            line.addClassName("paper-row");
            line.add(cell(String.valueOf(number), "paper-number-cell"));
            var language = new Select<SurveyLanguage>();
            language.setItems(languages());
            language.setItemLabelGenerator(l -> getTranslation("survey.language." + l.tag()));
            language.setValue(languages().getFirst());
            language.setAriaLabel(getTranslation("survey.paper.language-of", number));
            language.addClassName("paper-language");
            if (languages().size() > 1) {
                line.add(language);
            }
            var answers = new LinkedHashMap<QuestionRef, HasValidation>();
            int q = 1;
            for (QuestionRef question : survey.questions()) {
                String label = getTranslation("survey.paper.answer-of", number, q++);
                if (question.scale().numeric()) {
                    var field = new WholeNumberField();
                    field.setAriaLabel(label);
                    field.setRange(question.scale().lowest(), question.scale().highest());
                    field.setPlaceholder(
                            question.scale().lowest() + "–" + question.scale().highest());
                    // short enough for the narrow cell
                    field.setRangeMessage(getTranslation(
                            "survey.paper.off-scale",
                            question.scale().lowest(),
                            question.scale().highest()));
                    field.addClassName("paper-number");
                    answers.put(question, field);
                    line.add(field);
                } else {
                    var field = new TextField();
                    field.setAriaLabel(label);
                    field.setMaxLength(SurveyLimits.TEXT_ANSWER_MAX);
                    field.addClassName("paper-text");
                    answers.put(question, field);
                    line.add(field);
                }
            }
            rows.add(new Row(language, answers));
            grid.add(line);
        }
        addRows.setEnabled(rows.size() < SurveyLimits.PAPER_ROWS_MAX);
    }

    private void save() {
        // a cell the browser could not read as a number (letters) or off its scale: said at the cell already
        if (rows.stream().flatMap(row -> row.answers().values().stream()).anyMatch(HasValidation::isInvalid)) {
            Notices.error(getTranslation("error.check-input"));
            return;
        }
        if (day.getValue() == null || day.isInvalid()) {
            day.setErrorMessage(getTranslation("validation.required"));
            day.setInvalid(true);
            Notices.error(getTranslation("error.check-input"));
            return;
        }
        var typed = new ArrayList<PaperAnswer>();
        for (Row row : rows) {
            var values = new LinkedHashMap<String, String>();
            row.answers().forEach((question, field) -> values.put(question.field(), text(field)));
            typed.add(new PaperAnswer(row.language().getValue(), values));
        }
        int[] stored = new int[1];
        try {
            if (FormErrors.attempt(
                    this, Map.of("day", day), () -> stored[0] = surveys.typeIn(survey.id(), day.getValue(), typed))) {
                Notices.success(getTranslation("survey.paper.saved", stored[0]));
                leave();
            }
        } catch (PaperAnswersRefused refused) {
            refused.problems().forEach((row, problems) -> problems.forEach((field, key) -> mark(row, field, key)));
            Notices.error(
                    getTranslation("survey.paper.refused", refused.problems().size()));
        }
    }

    private void mark(int row, String field, String key) {
        var answers = rows.get(row).answers();
        var target = answers.entrySet().stream()
                .filter(e -> e.getKey().field().equals(field))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(answers.values().iterator().next());
        var question = answers.entrySet().stream()
                .filter(e -> e.getValue() == target)
                .map(Map.Entry::getKey)
                .findFirst();
        target.setErrorMessage(
                key.equals("survey.answer.off-scale") && question.isPresent()
                        ? getTranslation(
                                "survey.paper.off-scale",
                                question.get().scale().lowest(),
                                question.get().scale().highest())
                        : getTranslation(key));
        target.setInvalid(true);
    }

    /** What a cell holds as typed: a number as its digits, a value the field could not read as the field's text. */
    private static String text(HasValidation field) {
        if (field instanceof IntegerField number) {
            return number.getValue() == null ? "" : String.valueOf(number.getValue());
        }
        return ((TextField) field).getValue();
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(SurveyView.class, survey.id()));
    }

    @Override
    public Map<String, Integer> draftShape() {
        return Map.of("rows", rows.size());
    }

    @Override
    public void prepareForDraft(Map<String, Integer> shape) {
        addRows(shape.getOrDefault("rows", rows.size()) - rows.size());
    }

    @Override
    public String getPageTitle() {
        return survey == null
                ? getTranslation("nav.surveys")
                : getTranslation("survey.paper.title", survey.data().title());
    }
}
