package org.jcpp.liaison.imports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Downloads;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.contacts.ContactRow;
import org.jcpp.liaison.imports.ColumnMapping;
import org.jcpp.liaison.imports.ColumnSurvey;
import org.jcpp.liaison.imports.DayOrder;
import org.jcpp.liaison.imports.ImportBatchDetails;
import org.jcpp.liaison.imports.ImportChoice;
import org.jcpp.liaison.imports.ImportField;
import org.jcpp.liaison.imports.ImportKind;
import org.jcpp.liaison.imports.ImportProblem;
import org.jcpp.liaison.imports.ImportService;
import org.jcpp.liaison.imports.ImportStatus;
import org.jcpp.liaison.imports.SavedMapping;
import org.jcpp.liaison.imports.ValueQuestion;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jspecify.annotations.Nullable;

/**
 * One import, step by step: map the columns (the app's guess, corrected in a table with sample values; a column that
 * names people cannot be mapped) and the values the lists do not know; check every row (nothing is written); read the
 * counts and the rows with problems (also as a file to fix); import; undo. What the user chooses is saved as they
 * choose it. While the check or the import runs, the page follows it, and shows where it stands when opened again.
 */
@Route("imports/batch")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR, Roles.ADMIN})
class ImportBatchView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The choice that reports a value's rows as errors instead of matching it. */
    static final ImportChoice REPORT = new ImportChoice("", "");

    final H2 title = new H2();
    final Span status = new Span();
    final VerticalLayout body = new VerticalLayout();
    final Grid<ColumnSurvey> columns = new Grid<>(ColumnSurvey.class, false);
    final Grid<ValueQuestion> values = new Grid<>(ValueQuestion.class, false);
    final Span mappingError = new Span();
    final Map<Integer, Select<ImportField>> fieldSelects = new HashMap<>();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();

    private final ImportService imports;
    private final ReferenceDataService referenceData;
    private final AccountDirectory directory;
    private @Nullable ImportBatchDetails batch;
    private List<ColumnSurvey> survey = List.of();
    private @Nullable String surveyFailure;
    private @Nullable Button checkButton;
    private @Nullable Registration polling;

    ImportBatchView(ImportService imports, ReferenceDataService referenceData, AccountDirectory directory) {
        this.imports = imports;
        this.referenceData = referenceData;
        this.directory = directory;
        addClassName("import-batch-view");
        body.setPadding(false);
        var back = new Anchor("imports", getTranslation("import.back"));
        add(back, title, status, body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        org.jcpp.liaison.base.ui.Records.orNotFound(event, () -> imports.batch(id))
                .ifPresent(found -> {
                    batch = found;
                    readSurvey();
                    show();
                });
    }

    /** What the file's columns hold, for the mapping: read again from the file while there is one to map. */
    private void readSurvey() {
        var b = current();
        survey = List.of();
        surveyFailure = null;
        boolean mapping = b.status() == ImportStatus.MAPPING
                || b.status() == ImportStatus.CHECKED
                || b.status() == ImportStatus.FAILED;
        if (mapping && b.fileAvailable()) {
            try {
                survey = imports.survey(b.id());
            } catch (org.jcpp.liaison.imports.ImportFileException e) {
                surveyFailure = getTranslation(e.messageKey(), e.argument());
            }
        }
    }

    /** Lays the page out for where the batch stands. */
    void show() {
        var b = current();
        title.setText(b.fileName());
        status.setText(getTranslation(
                "import.status.line", Formats.enumLabel(this, b.kind()), Formats.enumLabel(this, b.status())));
        body.removeAll();
        switch (b.status()) {
            case MAPPING -> body.add(mapping());
            case CHECKING, IMPORTING -> body.add(running());
            case CHECKED -> body.add(counts(), importStep(), problems(), mapping());
            case IMPORTED -> body.add(counts(), importedList(), problems());
            case UNDONE -> body.add(new Paragraph(getTranslation("import.undone", b.imported())), counts(), problems());
            case FAILED -> {
                body.add(failed());
                if (b.fileAvailable()) {
                    body.add(mapping());
                }
            }
        }
        follow(b.status().running());
    }

    // --- mapping ---

    private VerticalLayout mapping() {
        var b = current();
        var section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3(getTranslation("import.mapping.title")));
        mappingError.setText("");
        if (survey.isEmpty()) {
            var why = new Paragraph(surveyFailure != null ? surveyFailure : getTranslation("import.file.gone"));
            why.getElement().setAttribute("role", "alert");
            section.add(why);
            return section;
        }
        var dayOrder = new RadioButtonGroup<DayOrder>();
        section.add(new Paragraph(getTranslation("import.mapping.intro")), savedMappings());
        dayOrder.setLabel(getTranslation("import.day-order"));
        dayOrder.setItems(DayOrder.values());
        dayOrder.setItemLabelGenerator(o -> Formats.enumLabel(this, o));
        dayOrder.setValue(b.mapping().dayOrder());
        dayOrder.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                save(current().mapping().withDayOrder(e.getValue()));
            }
        });
        section.add(dayOrder, columnsGrid(), mappingError, valuesGrid());
        mappingError.getElement().setAttribute("role", "alert");
        mappingError.getStyle().set("color", "var(--lumo-error-text-color)");
        var check = new Button(getTranslation("import.check"), e -> runCheck());
        checkButton = check;
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setDisableOnClick(true);
        var hint = new Span(getTranslation("import.check.hint"));
        section.add(check, hint);
        return section;
    }

    private HorizontalLayout savedMappings() {
        var b = current();
        var saved = new Select<SavedMapping>();
        saved.setLabel(getTranslation("import.saved.use"));
        var list = imports.savedMappings(b.kind());
        saved.setItems(list);
        saved.setItemLabelGenerator(m -> m == null ? getTranslation("import.saved.none") : m.name());
        saved.setEmptySelectionAllowed(true);
        saved.setEmptySelectionCaption(getTranslation("import.saved.none"));
        saved.setVisible(!list.isEmpty());
        saved.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                save(imports.applySaved(b.id(), e.getValue().id()));
                show();
            }
        });
        var name = new TextField(getTranslation("import.saved.name"));
        name.setMaxLength(org.jcpp.liaison.imports.ImportLimits.MAPPING_NAME_MAX);
        var keep = new Button(getTranslation("import.saved.save"), e -> {
            try {
                imports.saveMappingAs(b.id(), name.getValue(), current().mapping());
                name.setInvalid(false);
                Notices.success(
                        getTranslation("import.saved.done", name.getValue().strip()));
            } catch (InvalidInputException ex) {
                name.setErrorMessage(getTranslation(ex.messageKey()));
                name.setInvalid(true);
            }
        });
        var row = new HorizontalLayout(saved, name, keep);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private Grid<ColumnSurvey> columnsGrid() {
        fieldSelects.clear();
        columns.removeAllColumns();
        columns.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<ColumnSurvey>of(
                                "<div class='two-line'><strong>${item.header}</strong><span>${item.samples}</span></div>")
                        .withProperty("header", ColumnSurvey::header)
                        .withProperty(
                                "samples",
                                c -> c.personal() || c.samples().isEmpty()
                                        ? ""
                                        : getTranslation("import.samples.line", String.join(" · ", c.samples()))))
                .setHeader(getTranslation("import.column"))
                .setFlexGrow(1);
        columns.addColumn(new ComponentRenderer<>(this::fieldChoice))
                .setHeader(getTranslation("import.field"))
                .setFlexGrow(2);
        columns.setItems(survey);
        columns.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        columns.setAllRowsVisible(true);
        return columns;
    }

    private com.vaadin.flow.component.Component fieldChoice(ColumnSurvey column) {
        if (column.personal()) {
            var never = new Span(getTranslation("import.column.personal"));
            never.addClassName("import-personal");
            return never;
        }
        var select = new Select<ImportField>();
        select.setItems(ImportField.of(current().kind()));
        select.setItemLabelGenerator(f -> f == null ? getTranslation("import.field.none") : Formats.enumLabel(this, f));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("import.field.none"));
        select.setAriaLabel(getTranslation("import.field.of", column.header()));
        select.setValue(current().mapping().columns().get(column.column()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                var changed = new LinkedHashMap<>(current().mapping().columns());
                if (e.getValue() == null) {
                    changed.remove(column.column());
                } else {
                    changed.put(column.column(), e.getValue());
                }
                save(current().mapping().withColumns(changed));
                refreshValues();
            }
        });
        select.setWidthFull();
        fieldSelects.put(column.column(), select);
        return select;
    }

    private VerticalLayout valuesGrid() {
        values.removeAllColumns();
        values.addColumn(q -> Formats.enumLabel(this, q.field()))
                .setHeader(getTranslation("import.field"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        values.addColumn(ValueQuestion::value)
                .setHeader(getTranslation("import.value"))
                .setFlexGrow(1);
        values.addColumn(q -> getTranslation("import.value.rows", q.rows()))
                .setHeader(getTranslation("import.rows"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        values.addColumn(new ComponentRenderer<>(this::answerChoice))
                .setHeader(getTranslation("import.value.match"))
                .setFlexGrow(2);
        values.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        values.setAllRowsVisible(true);
        var section = new VerticalLayout(new H3(getTranslation("import.values.title")), values);
        section.setPadding(false);
        refreshValues();
        return section;
    }

    /** The entries each list field offers, read once per page (a grid row per value would read them again). */
    private final Map<ImportField, List<ImportChoice>> choicesByField = new java.util.EnumMap<>(ImportField.class);

    private void refreshValues() {
        var questions = imports.questions(survey, current().mapping());
        values.setItems(questions);
        values.setVisible(!questions.isEmpty());
    }

    private com.vaadin.flow.component.Component answerChoice(ValueQuestion question) {
        var box = new ComboBox<ImportChoice>();
        var choices = new ArrayList<ImportChoice>();
        choices.add(REPORT);
        choices.addAll(
                choicesByField.computeIfAbsent(question.field(), field -> imports.choices(field, Formats.locale())));
        box.setItems(choices);
        box.setItemLabelGenerator(c -> c.key().isEmpty() ? getTranslation("import.value.report") : c.label());
        box.setAriaLabel(getTranslation("import.value.match-of", question.value()));
        String chosen = question.answer() != null ? question.answer() : question.suggestion();
        box.setValue(choices.stream()
                .filter(c -> chosen != null ? c.key().equals(chosen) : c == REPORT)
                .findFirst()
                .orElse(REPORT));
        if (question.answer() == null && question.suggestion() != null) {
            box.setHelperText(getTranslation("import.value.suggested"));
        }
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                var answer = e.getValue() == null ? "" : e.getValue().key();
                save(current().mapping().withAnswer(question.field(), question.folded(), answer));
                box.setHelperText(null);
            }
        });
        box.setWidthFull();
        return box;
    }

    /** Saves the mapping as it now is; a refusal is shown next to the column at fault and nothing else changes. */
    private boolean save(ColumnMapping mapping) {
        fieldSelects.values().forEach(s -> s.setInvalid(false));
        mappingError.setText("");
        try {
            ImportStatus before = current().status();
            batch = imports.saveMapping(current().id(), current().version(), mapping);
            if (before != current().status()) {
                show(); // a checked file's counts and problems no longer hold: the page is back at its mapping
            }
            return true;
        } catch (InvalidInputException e) {
            showMappingError(e);
            return false;
        }
    }

    private void showMappingError(InvalidInputException e) {
        String text = getTranslation(e.messageKey());
        mappingError.setText(text);
        var field = e.field();
        if (field.startsWith("columns[")) {
            var select = fieldSelects.get(Integer.parseInt(field.substring(8, field.length() - 1)));
            if (select != null) {
                select.setErrorMessage(text);
                select.setInvalid(true);
            }
        }
    }

    /** The answers shown (suggestions the user left as they are) become the mapping's, then every row is checked. */
    private void runCheck() {
        var mapping = current().mapping();
        for (ValueQuestion q : imports.questions(survey, mapping)) {
            if (q.answer() == null && q.suggestion() != null) {
                mapping = mapping.withAnswer(q.field(), q.folded(), q.suggestion());
            }
        }
        try {
            batch = imports.check(current().id(), current().version(), mapping);
            show();
        } catch (InvalidInputException e) {
            showMappingError(e);
            if (checkButton != null) {
                checkButton.setEnabled(true);
            }
        }
    }

    // --- running ---

    private VerticalLayout running() {
        var b = current();
        var section = new VerticalLayout();
        section.setPadding(false);
        section.add(
                new H3(getTranslation(b.status() == ImportStatus.CHECKING ? "import.checking" : "import.importing")));
        progress.getElement().setAttribute("aria-label", getTranslation("import.progress"));
        if (b.status() == ImportStatus.IMPORTING && b.rowsTotal() > 0) {
            progress.setIndeterminate(false);
            progress.setMax(b.rowsTotal());
            progress.setValue(Math.min(b.rowsDone(), b.rowsTotal()));
        } else {
            progress.setIndeterminate(true);
        }
        progressText.setText(getTranslation("import.progress.rows", b.rowsDone()));
        section.add(progress, progressText, new Paragraph(getTranslation("import.progress.leave")));
        return section;
    }

    /** While the check or the import runs, the page asks every second where it stands. */
    private void follow(boolean running) {
        getUI().ifPresent(ui -> {
            if (running && polling == null) {
                ui.setPollInterval(1000);
                polling = ui.addPollListener(e -> poll());
            } else if (!running && polling != null) {
                stopPolling();
            }
        });
    }

    private void poll() {
        ImportBatchDetails b;
        try {
            b = imports.batch(current().id());
        } catch (RuntimeException e) {
            stopPolling(); // the error is shown once (the session's handler), not every second
            throw e;
        }
        batch = b;
        if (b.status().running()) {
            if (!progress.isIndeterminate()) {
                progress.setValue(Math.min(b.rowsDone(), progress.getMax()));
            }
            progressText.setText(getTranslation("import.progress.rows", b.rowsDone()));
            return;
        }
        stopPolling();
        readSurvey();
        show();
    }

    private void stopPolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (batch != null) {
            follow(current().status().running());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
    }

    // --- results ---

    private VerticalLayout counts() {
        var b = current();
        var section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3(getTranslation(
                b.status() == ImportStatus.CHECKED ? "import.result.checked" : "import.result.imported")));
        var facts = new Facts("import-counts")
                .fact("import.count.rows", Integer.toString(b.rowsTotal()))
                .fact(
                        b.status() == ImportStatus.CHECKED ? "import.count.will-import" : "import.count.imported",
                        Integer.toString(b.status() == ImportStatus.CHECKED ? b.rowsOk() : b.imported()))
                .fact("import.count.duplicates", Integer.toString(b.duplicates()))
                .fact("import.count.errors", Integer.toString(b.errors()))
                .fact("import.count.review", Integer.toString(b.toReview()));
        section.add(facts);
        if (!b.personalColumns().isEmpty()) {
            var names = b.personalColumns().stream()
                    .sorted()
                    .map(i -> b.header().get(i))
                    .toList();
            section.add(new Paragraph(getTranslation("import.personal.left-out", String.join(", ", names))));
        }
        return section;
    }

    /** The rows with problems, a page at a time, and the file of them to fix. */
    private VerticalLayout problems() {
        var b = current();
        var section = new VerticalLayout();
        section.setPadding(false);
        long problemCount = imports.problemCount(b.id());
        var locale = Formats.locale(); // the download runs outside the page's request: its language is read now
        if (problemCount > 0) {
            section.add(
                    new H3(getTranslation("import.problems.title", problemCount)),
                    problemsGrid(problemCount),
                    Downloads.file(
                            this,
                            "import.problems.download",
                            () -> "problems-" + b.fileName().replaceAll("\\.[^.]*$", "") + ".csv",
                            "text/csv; charset=UTF-8",
                            () -> imports.problemsCsv(b.id(), locale)));
        }
        return section;
    }

    private Grid<ImportProblem> problemsGrid(long count) {
        var grid = new Grid<>(ImportProblem.class, false);
        grid.addClassName("import-problems");
        grid.addColumn(ImportProblem::row)
                .setHeader(getTranslation("import.problems.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> Formats.enumLabel(this, p.problem()))
                .setHeader(getTranslation("import.problems.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ImportProblem::column)
                .setHeader(getTranslation("import.column"))
                .setFlexGrow(1);
        grid.addColumn(p -> Formats.excerpt(p.value(), 60))
                .setHeader(getTranslation("import.value"))
                .setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.messageKey(), p.argument()))
                .setHeader(getTranslation("import.problems.problem"))
                .setFlexGrow(3);
        long id = current().id();
        grid.setItems(query -> imports.problems(id, query.getOffset(), query.getLimit()).stream(), query ->
                (int) imports.problemCount(id));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        if (count <= 10) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("24rem");
        }
        return grid;
    }

    private VerticalLayout importStep() {
        var b = current();
        var section = new VerticalLayout();
        section.setPadding(false);
        var withReviewed = new Checkbox(getTranslation("import.with-reviewed", b.toReview()));
        withReviewed.setVisible(b.toReview() > 0);
        // a vendor's report whose months were imported before: refuse those rows (the default) or replace the months
        var replace = new Checkbox(getTranslation("language-line.replace", b.duplicates()));
        replace.setVisible(b.kind() == ImportKind.LANGUAGE_LINE && b.duplicates() > 0);
        var run = new Button(getTranslation("import.run", b.willImport(false)));
        Runnable relabel = () -> run.setText(getTranslation(
                "import.run", b.willImport(withReviewed.getValue()) + (replace.getValue() ? b.duplicates() : 0)));
        withReviewed.addValueChangeListener(e -> relabel.run());
        replace.addValueChangeListener(e -> {
            relabel.run();
            run.setEnabled(b.rowsOk() + b.toReview() + (e.getValue() ? b.duplicates() : 0) > 0 && b.fileAvailable());
        });
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setEnabled(b.rowsOk() + b.toReview() > 0 && b.fileAvailable());
        run.setDisableOnClick(true);
        run.addClickListener(e -> {
            try {
                batch = imports.startImport(b.id(), b.version(), withReviewed.getValue(), replace.getValue());
            } catch (InvalidInputException ex) {
                Notices.error(getTranslation(ex.messageKey()));
                batch = imports.batch(b.id());
            }
            readSurvey();
            show();
        });
        section.add(withReviewed, replace, run);
        return section;
    }

    private VerticalLayout importedList() {
        var b = current();
        var section = new VerticalLayout();
        section.setPadding(false);
        long changed = imports.changedSinceImport(b.id());
        var undo = new Button(getTranslation("import.undo"), e -> confirmUndo());
        undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
        undo.setEnabled(changed == 0);
        section.add(undo);
        if (changed > 0) {
            section.add(new Paragraph(getTranslation("import.undo.changed-count", changed)));
        }
        var labels = new Labels(referenceData, directory.allDisplayNames());
        Grid<?> grid =
                switch (b.kind()) {
                    case CONTACTS -> contactsGrid(b, labels);
                    case EVENTS -> eventsGrid(b, labels);
                    case BRIEFINGS -> briefingsGrid(b, labels);
                    case LANGUAGE_LINE -> languageLineGrid(b, labels);
                };
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        long imported = imports.importedCount(b.id());
        if (imported <= 10) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("24rem");
        }
        section.add(new H3(getTranslation("import.records.title", imported)), grid);
        return section;
    }

    private Grid<ContactRow> contactsGrid(ImportBatchDetails b, Labels labels) {
        var grid = new Grid<>(ContactRow.class, false);
        grid.addClassName("import-records");
        grid.addColumn(r -> Formats.dateTime(r.occurredAt()))
                .setHeader(getTranslation("contacts.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> labels.city(r.cityId())).setHeader(getTranslation("contacts.city"));
        grid.addColumn(r -> Formats.enumLabel(this, r.kind())).setHeader(getTranslation("contacts.kind"));
        grid.addColumn(ContactRow::headcount)
                .setHeader(getTranslation("contacts.headcount"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                query -> imports
                        .importedContacts(
                                b.id(),
                                org.springframework.data.domain.PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream(),
                query -> (int) imports.importedCount(b.id()));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("contact/" + e.getItem().id())));
        return grid;
    }

    private Grid<org.jcpp.liaison.outreach.EventRow> eventsGrid(ImportBatchDetails b, Labels labels) {
        var grid = new Grid<>(org.jcpp.liaison.outreach.EventRow.class, false);
        grid.addClassName("import-records");
        grid.addColumn(r -> Formats.dateTime(r.startsAt()))
                .setHeader(getTranslation("outreach.starts"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(org.jcpp.liaison.outreach.EventRow::title).setHeader(getTranslation("outreach.title"));
        grid.addColumn(r -> labels.city(r.cityId())).setHeader(getTranslation("contacts.city"));
        grid.addColumn(r -> r.attendance() == null ? "" : Integer.toString(r.attendance()))
                .setHeader(getTranslation("outreach.attendance.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                query -> imports
                        .importedEvents(
                                b.id(),
                                org.springframework.data.domain.PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream(),
                query -> (int) imports.importedCount(b.id()));
        grid.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("event/" + e.getItem().id())));
        return grid;
    }

    private Grid<org.jcpp.liaison.rollcall.BriefingRow> briefingsGrid(ImportBatchDetails b, Labels labels) {
        var grid = new Grid<>(org.jcpp.liaison.rollcall.BriefingRow.class, false);
        grid.addClassName("import-records");
        grid.addColumn(r -> Formats.date(r.briefedOn()))
                .setHeader(getTranslation("rollcall.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> labels.reference.department(r.departmentId()))
                .setHeader(getTranslation("rollcall.department"));
        grid.addColumn(r -> labels.reference.shift(r.shiftId())).setHeader(getTranslation("rollcall.shift"));
        grid.addColumn(org.jcpp.liaison.rollcall.BriefingRow::officers)
                .setHeader(getTranslation("rollcall.officers.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                query -> imports
                        .importedBriefings(
                                b.id(),
                                org.springframework.data.domain.PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream(),
                query -> (int) imports.importedCount(b.id()));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("rollcall/briefing/" + e.getItem().id())));
        return grid;
    }

    private Grid<org.jcpp.liaison.languageaccess.LanguageLineMonthRow> languageLineGrid(
            ImportBatchDetails b, Labels labels) {
        var grid = new Grid<>(org.jcpp.liaison.languageaccess.LanguageLineMonthRow.class, false);
        grid.addClassName("import-records");
        grid.addColumn(r -> labels.reference.department(r.departmentId()))
                .setHeader(getTranslation("rollcall.department"));
        grid.addColumn(r -> Formats.month(r.month()))
                .setHeader(getTranslation("language-line.month"))
                .setAutoWidth(true);
        grid.addColumn(r -> labels.languages.getOrDefault(r.languageId(), "#" + r.languageId()))
                .setHeader(getTranslation("language-line.language"));
        grid.addColumn(r -> Formats.count(r.calls()))
                .setHeader(getTranslation("language-line.calls"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> Formats.number(r.minutes()))
                .setHeader(getTranslation("language-line.minutes"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> Formats.money(r.cost()))
                .setHeader(getTranslation("language-line.cost"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                query -> imports
                        .importedLanguageLine(
                                b.id(),
                                org.springframework.data.domain.PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream(),
                query -> (int) imports.importedCount(b.id()));
        return grid;
    }

    private void confirmUndo() {
        var b = current();
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("import.undo.title"));
        dialog.setText(getTranslation("import.undo.text", b.imported(), b.fileName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("import.undo"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                batch = imports.undo(b.id(), b.version());
                Notices.success(getTranslation("import.undone", b.imported()));
                show();
            } catch (InvalidInputException ex) {
                Notices.error(getTranslation(ex.messageKey()));
                batch = imports.batch(b.id());
                show();
            }
        });
        dialog.open();
    }

    private VerticalLayout failed() {
        var b = current();
        var message = new Paragraph(getTranslation(
                b.failureKey() == null ? "import.failed.unexpected" : b.failureKey(), b.failureArgument()));
        message.getElement().setAttribute("role", "alert");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        var section = new VerticalLayout(
                new H3(getTranslation("import.failed.title")),
                message,
                new Paragraph(getTranslation("import.failed.nothing-written")),
                new Anchor("imports", getTranslation("import.another")));
        section.setPadding(false);
        return section;
    }

    private ImportBatchDetails current() {
        if (batch == null) {
            throw new IllegalStateException("no batch yet");
        }
        return batch;
    }

    @Override
    public String getPageTitle() {
        return batch == null ? getTranslation("import.title") : batch.fileName();
    }
}
