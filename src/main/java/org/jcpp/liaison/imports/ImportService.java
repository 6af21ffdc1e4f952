package org.jcpp.liaison.imports;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.contacts.ContactImports;
import org.jcpp.liaison.contacts.ContactRow;
import org.jcpp.liaison.datapractices.CsvFile;
import org.jcpp.liaison.imports.domain.ImportBatch;
import org.jcpp.liaison.imports.domain.ImportBatchRepository;
import org.jcpp.liaison.imports.domain.ImportProblems;
import org.jcpp.liaison.imports.file.ImportFiles;
import org.jcpp.liaison.imports.file.Sheet;
import org.jcpp.liaison.imports.file.SheetRow;
import org.jcpp.liaison.imports.file.SpreadsheetFiles;
import org.jcpp.liaison.imports.rules.Folding;
import org.jcpp.liaison.imports.rules.HeaderGuess;
import org.jcpp.liaison.imports.rules.PersonalColumns;
import org.jcpp.liaison.imports.rules.ValueMatcher;
import org.jcpp.liaison.referencedata.LanguageNames;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bringing spreadsheets in: upload, map the columns and values, check every row (the dry run, the default), import
 * the rows that passed in one transaction, undo an import as a whole. A user works with their own imports; the rows
 * are checked and written in their cities only (the contacts module's rules). The check and the import run in the
 * background ({@link ImportRunner}); the batch's page follows them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "', '" + Roles.ADMIN + "')")
public class ImportService {

    static final JsonMapper JSON = JsonMapper.shared();

    private final ImportBatchRepository batches;
    private final ImportProblems problems;
    private final ImportFiles files;
    private final AuditedChanges changes;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ReferenceDataService referenceData;
    private final I18NProvider i18n;
    private final ContactImports contactImports;
    private final org.jcpp.liaison.outreach.OutreachImports outreachImports;
    private final org.jcpp.liaison.rollcall.RollCallImports rollCallImports;
    private final org.jcpp.liaison.languageaccess.LanguageLineImports languageLineImports;
    private final org.jcpp.liaison.training.TrainingTopicService trainingTopics;
    private final ImportRunner runner;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImportService(
            ImportBatchRepository batches,
            ImportProblems problems,
            ImportFiles files,
            AuditedChanges changes,
            AuditTrail audit,
            CurrentUser currentUser,
            ReferenceDataService referenceData,
            I18NProvider i18n,
            ContactImports contactImports,
            org.jcpp.liaison.outreach.OutreachImports outreachImports,
            org.jcpp.liaison.rollcall.RollCallImports rollCallImports,
            org.jcpp.liaison.languageaccess.LanguageLineImports languageLineImports,
            org.jcpp.liaison.training.TrainingTopicService trainingTopics,
            ImportRunner runner,
            JdbcTemplate jdbc,
            Clock clock) {
        this.batches = batches;
        this.problems = problems;
        this.files = files;
        this.changes = changes;
        this.audit = audit;
        this.currentUser = currentUser;
        this.referenceData = referenceData;
        this.i18n = i18n;
        this.contactImports = contactImports;
        this.outreachImports = outreachImports;
        this.rollCallImports = rollCallImports;
        this.languageLineImports = languageLineImports;
        this.trainingTopics = trainingTopics;
        this.runner = runner;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- upload and mapping ---

    /**
     * Takes an uploaded file for a new batch: refuses a file that cannot be read (with why, and nothing kept), guesses
     * the mapping from its header, and returns the batch's id. The upload is moved into the import directory.
     */
    @Transactional
    public long upload(ImportKind kind, String fileName, Path uploaded) {
        long me = currentUser.requireId();
        if (!kind.allowedFor(currentUser.role().orElse(null))) {
            throw new org.springframework.security.access.AccessDeniedException("not this kind of file");
        }
        String token = files.keep(uploaded);
        List<String> header;
        try (Sheet sheet = SpreadsheetFiles.open(files.find(token).orElseThrow())) {
            header = sheet.header();
            // the whole file is read once here, so a file past the limits (rows, a row's length, quotes) is refused
            // at the upload, with nothing kept, not at a later step
            int rows = 0;
            for (var all = sheet.rows(); all.hasNext(); all.next()) {
                rows++;
            }
            if (rows == 0) {
                throw new ImportFileException("import.file.header-only");
            }
        } catch (RuntimeException e) {
            files.remove(token);
            throw e;
        }
        var mapping = new ColumnMapping(HeaderGuess.guess(kind, header), DayOrder.MONTH_FIRST, Map.of());
        String name = fileName(fileName);
        var saved = changes.create(
                RecordType.IMPORT_BATCH,
                new ImportBatch(me),
                b -> b.start(kind, name, token, JSON.writeValueAsString(header), JSON.writeValueAsString(mapping)),
                AuditedChanges::noPerson);
        return saved.requireId();
    }

    /** The kinds of file the signed-in user may bring in (an admin: the vendors' usage reports only). */
    public List<ImportKind> kinds() {
        var role = currentUser.role().orElse(null);
        return java.util.Arrays.stream(ImportKind.values())
                .filter(k -> k.allowedFor(role))
                .toList();
    }

    public ImportBatchDetails batch(long id) {
        return details(loadMine(id));
    }

    /**
     * What each column of the batch's file holds (one pass over the file): samples and different values, none of a
     * column that names people. Empty when this node no longer has the file.
     */
    public List<ColumnSurvey> survey(long id) {
        var batch = loadMine(id);
        var file = file(batch);
        if (file == null) {
            return List.of();
        }
        List<String> header = header(batch);
        var samples = new ArrayList<List<String>>();
        var values = new ArrayList<LinkedHashMap<String, Integer>>();
        var more = new boolean[header.size()];
        var personal = personal(header);
        for (int i = 0; i < header.size(); i++) {
            samples.add(new ArrayList<>());
            values.add(new LinkedHashMap<>());
        }
        try (Sheet sheet = SpreadsheetFiles.open(file)) {
            for (var rows = sheet.rows(); rows.hasNext(); ) {
                SheetRow row = rows.next();
                for (int i = 0; i < header.size(); i++) {
                    String cell = row.cell(i).strip();
                    if (cell.isEmpty() || personal.contains(i)) {
                        continue;
                    }
                    if (samples.get(i).size() < ImportLimits.SAMPLES
                            && !samples.get(i).contains(cell)) {
                        samples.get(i).add(cell);
                    }
                    var counted = values.get(i);
                    if (counted.containsKey(cell) || counted.size() < ImportLimits.MAX_DISTINCT_VALUES) {
                        counted.merge(cell, 1, Integer::sum);
                    } else {
                        more[i] = true;
                    }
                }
            }
        }
        var survey = new ArrayList<ColumnSurvey>();
        for (int i = 0; i < header.size(); i++) {
            survey.add(
                    new ColumnSurvey(i, header.get(i), personal.contains(i), samples.get(i), values.get(i), more[i]));
        }
        return survey;
    }

    /**
     * The values of the mapped list columns that no entry answers exactly or with case and accents aside, each once
     * per field (for a column of several entries, each entry), with the app's suggestion and the mapping's answer.
     */
    public List<ValueQuestion> questions(List<ColumnSurvey> survey, ColumnMapping mapping) {
        var questions = new ArrayList<ValueQuestion>();
        var matchers = matchers(mapping.columns().values());
        for (ColumnSurvey column : survey) {
            ImportField field = mapping.columns().get(column.column());
            if (field == null || !field.matched() || column.personal()) {
                continue;
            }
            var counts = new LinkedHashMap<String, Integer>();
            var written = new LinkedHashMap<String, String>();
            column.values().forEach((value, rows) -> {
                var entries = field.type() == ImportField.Type.REFERENCES
                        ? ValueMatcher.entries(matchers.get(field), value)
                        : List.of(value);
                for (String entry : entries) {
                    String folded = Folding.fold(entry);
                    counts.merge(folded, rows, Integer::sum);
                    written.putIfAbsent(folded, entry);
                }
            });
            ValueMatcher matcher = java.util.Objects.requireNonNull(matchers.get(field), "a list field has a matcher");
            counts.forEach((folded, rows) -> {
                String value = written.getOrDefault(folded, folded);
                var match = matcher.match(value);
                if (match.quality() == ValueMatcher.Quality.SUGGESTED
                        || match.quality() == ValueMatcher.Quality.UNKNOWN) {
                    questions.add(
                            new ValueQuestion(field, value, folded, rows, match.key(), mapping.answer(field, folded)));
                }
            });
        }
        return questions;
    }

    /** The entries a value of a list field can be matched to, in the user's language. */
    public List<ImportChoice> choices(ImportField field, Locale locale) {
        var choices = new ArrayList<ImportChoice>();
        ReferenceKind reference = field.reference();
        if (reference != null) {
            var languageNames = referenceData.languageNames(locale);
            referenceData
                    .active(reference)
                    .forEach(ref -> choices.add(new ImportChoice(
                            Long.toString(ref.id()),
                            reference == ReferenceKind.LANGUAGE
                                    ? languageNames.getOrDefault(ref.id(), ref.name())
                                    : ref.name())));
        }
        var enumType = field.choices();
        if (enumType != null) {
            for (Enum<?> constant : enumType.getEnumConstants()) {
                choices.add(new ImportChoice(constant.name(), label(constant, locale)));
            }
        }
        if (field.type() == ImportField.Type.SHIFT) {
            shiftNames().forEach(name -> choices.add(new ImportChoice(name, name)));
        }
        if (field.type() == ImportField.Type.TRAINING_TOPICS) {
            trainingTopics
                    .titles()
                    .forEach((topicId, title) -> choices.add(new ImportChoice(Long.toString(topicId), title)));
        }
        return choices;
    }

    /**
     * Saves the mapping the user set (as they set it, so nothing chosen is lost when the session ends): refused, at the
     * mapping, when a column that names people is mapped or a field is mapped twice. A checked batch goes back to
     * mapping (its problems are cleared).
     */
    @Transactional
    public ImportBatchDetails saveMapping(long id, long version, ColumnMapping mapping) {
        var batch = loadMine(id);
        if (!canMap(batch)) {
            throw new InvalidInputException("", "import.not-now");
        }
        checkMapping(batch, mapping);
        problems.clear(id);
        var saved = changes.update(
                RecordType.IMPORT_BATCH,
                batch,
                version,
                b -> {
                    b.setMapping(JSON.writeValueAsString(mapping));
                    b.setStatus(ImportStatus.MAPPING);
                },
                AuditedChanges::noPerson);
        return details(saved);
    }

    /**
     * Saves the mapping and checks every row in the background (the dry run): nothing is written but the problems.
     * Refused when a required field (the date, the city) has no column.
     */
    @Transactional
    public ImportBatchDetails check(long id, long version, ColumnMapping mapping) {
        checkComplete(loadMine(id), mapping);
        var mapped = saveMapping(id, version, mapping);
        var batch = loadMine(id);
        if (file(batch) == null) {
            throw new InvalidInputException("", "import.file.gone");
        }
        var saved = changes.update(
                RecordType.IMPORT_BATCH,
                batch,
                mapped.version(),
                b -> b.setStatus(ImportStatus.CHECKING),
                AuditedChanges::noPerson);
        startAfterCommit(id, false, false, false);
        return details(saved);
    }

    /**
     * Imports the rows of a checked batch that pass (again: the lists may have changed since the check), in one
     * transaction in the background; with {@code withReviewed}, also the rows listed for their wording.
     */
    @Transactional
    public ImportBatchDetails startImport(long id, long version, boolean withReviewed) {
        return startImport(id, version, withReviewed, false);
    }

    /**
     * As {@link #startImport(long, long, boolean)}; for a vendor's usage report, {@code replace} imports the months
     * another import already brought in for a department, in place of that import's totals (else they are refused).
     */
    @Transactional
    public ImportBatchDetails startImport(long id, long version, boolean withReviewed, boolean replace) {
        var batch = loadMine(id);
        if (batch.getStatus() != ImportStatus.CHECKED) {
            throw new InvalidInputException("", "import.not-now");
        }
        if (file(batch) == null) {
            throw new InvalidInputException("", "import.file.gone");
        }
        var saved = changes.update(
                RecordType.IMPORT_BATCH,
                batch,
                version,
                b -> b.setStatus(ImportStatus.IMPORTING),
                AuditedChanges::noPerson);
        startAfterCommit(id, true, withReviewed, replace && batch.getKind() == ImportKind.LANGUAGE_LINE);
        return details(saved);
    }

    /**
     * Removes exactly the records the import brought in; refused, with why, when one of them changed since or lies
     * outside the user's cities. Audited.
     */
    @Transactional
    public ImportBatchDetails undo(long id, long version) {
        var batch = loadMine(id);
        if (batch.getStatus() != ImportStatus.IMPORTED) {
            throw new InvalidInputException("", "import.not-now");
        }
        var saved = changes.update(
                RecordType.IMPORT_BATCH,
                batch,
                version,
                b -> {
                    switch (b.getKind()) {
                        case CONTACTS -> contactImports.undo(id);
                        case EVENTS -> outreachImports.undo(id);
                        case BRIEFINGS -> rollCallImports.undo(id);
                        case LANGUAGE_LINE -> languageLineImports.undo(id);
                    }
                    b.setStatus(ImportStatus.UNDONE);
                },
                AuditedChanges::noPerson);
        problems.clear(id);
        return details(saved);
    }

    /** How many of an imported batch's records changed since (an undo is refused while there are any). */
    public long changedSinceImport(long id) {
        loadMine(id);
        return switch (loadMine(id).getKind()) {
            case CONTACTS -> contactImports.changedSince(id);
            case EVENTS -> outreachImports.changedSince(id);
            case BRIEFINGS -> rollCallImports.changedSince(id);
            case LANGUAGE_LINE -> languageLineImports.changedSince(id);
        };
    }

    // --- lists ---

    /** One page of the user's imports, newest first: one statement. */
    public List<ImportBatchRow> list(Pageable pageable) {
        return batches.rows(currentUser.requireId(), pageable);
    }

    public long count() {
        return batches.countByCreatedBy(currentUser.requireId());
    }

    /** One page of a batch's problem rows, by row number: one statement. */
    public List<ImportProblem> problems(long id, int offset, int limit) {
        loadMine(id);
        return problems.page(id, offset, limit);
    }

    public long problemCount(long id) {
        loadMine(id);
        return problems.count(id);
    }

    /** One page of the records an import brought in, newest first. */
    public List<ContactRow> importedContacts(long id, Pageable pageable) {
        loadMine(id);
        return contactImports.rows(id, pageable);
    }

    /** One page of the events an import brought in, newest first. */
    public List<org.jcpp.liaison.outreach.EventRow> importedEvents(long id, Pageable pageable) {
        loadMine(id);
        return outreachImports.rows(id, pageable);
    }

    /** One page of the roll-call briefings an import brought in, newest first. */
    public List<org.jcpp.liaison.rollcall.BriefingRow> importedBriefings(long id, Pageable pageable) {
        loadMine(id);
        return rollCallImports.rows(id, pageable);
    }

    /** One page of the monthly totals a vendor's report brought in. */
    public List<org.jcpp.liaison.languageaccess.LanguageLineMonthRow> importedLanguageLine(long id, Pageable pageable) {
        loadMine(id);
        return languageLineImports.rows(id, pageable);
    }

    public long importedCount(long id) {
        return switch (loadMine(id).getKind()) {
            case CONTACTS -> contactImports.count(id);
            case EVENTS -> outreachImports.count(id);
            case BRIEFINGS -> rollCallImports.count(id);
            case LANGUAGE_LINE -> languageLineImports.count(id);
        };
    }

    /**
     * The problem rows as a CSV to fix and import again: the file's own columns (a column that names people left
     * empty), then the row number and what is wrong, in the user's language. Audited as an export.
     */
    @Transactional
    public byte[] problemsCsv(long id, Locale locale) {
        var batch = loadMine(id);
        var header = new ArrayList<>(header(batch));
        header.add(i18n.getTranslation("import.problems.row", locale));
        header.add(i18n.getTranslation("import.problems.problem", locale));
        var rows = new ArrayList<List<String>>();
        var byRow = new LinkedHashMap<Integer, List<ImportProblem>>();
        for (ImportProblem p : problems.page(id, 0, ImportLimits.MAX_PROBLEMS_KEPT)) {
            byRow.computeIfAbsent(p.row(), r -> new ArrayList<>()).add(p);
        }
        byRow.forEach((row, list) -> {
            var cells = new ArrayList<>(list.get(0).cells());
            while (cells.size() < header.size() - 2) {
                cells.add("");
            }
            cells.add(Integer.toString(row));
            cells.add(String.join(
                    "; ", list.stream().map(p -> describe(p, locale)).toList()));
            rows.add(cells);
        });
        audit.exported(RecordType.IMPORT_BATCH, id, null, "import problems CSV, " + rows.size() + " rows");
        return CsvFile.write(header, rows);
    }

    /** A problem in words: the column, then what is wrong. */
    public String describe(ImportProblem problem, Locale locale) {
        String what = i18n.getTranslation(problem.messageKey(), locale, problem.argument());
        return problem.column().isEmpty() ? what : problem.column() + ": " + what;
    }

    // --- saved mappings ---

    /** The user's saved mappings for a kind of file, by name. */
    public List<SavedMapping> savedMappings(ImportKind kind) {
        return jdbc.query(
                "select id, name from import_mapping where created_by = ? and kind = ? order by lower(name)",
                (row, n) -> new SavedMapping(row.getLong(1), row.getString(2)),
                currentUser.requireId(),
                kind.name());
    }

    /**
     * Saves the batch's mapping by name, by the headers of its columns (next month's file may order them otherwise);
     * a mapping of the same name is replaced.
     */
    @Transactional
    public SavedMapping saveMappingAs(long id, String name, ColumnMapping mapping) {
        var batch = loadMine(id);
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (trimmed.length() > ImportLimits.MAPPING_NAME_MAX) {
            throw new InvalidInputException("name", "import.mapping.name-too-long");
        }
        var header = header(batch);
        var byHeader = new LinkedHashMap<String, ImportField>();
        mapping.columns().forEach((column, field) -> {
            if (column < header.size()) {
                byHeader.put(Folding.fold(header.get(column)), field);
            }
        });
        String json = JSON.writeValueAsString(new Saved(byHeader, mapping.dayOrder(), mapping.values()));
        long me = currentUser.requireId();
        jdbc.update(
                "delete from import_mapping where created_by = ? and kind = ? and lower(name) = lower(?)",
                me,
                batch.getKind().name(),
                trimmed);
        jdbc.update(
                "insert into import_mapping (kind, name, created_by, mapping) values (?, ?, ?, ?)",
                batch.getKind().name(),
                trimmed,
                me,
                json);
        return savedMappings(batch.getKind()).stream()
                .filter(m -> m.name().equalsIgnoreCase(trimmed))
                .findFirst()
                .orElseThrow();
    }

    /** A saved mapping applied to a batch's header: columns found by header, the day order, the values chosen. */
    public ColumnMapping applySaved(long id, long savedId) {
        var batch = loadMine(id);
        String json = jdbc
                .query(
                        "select mapping from import_mapping where id = ? and created_by = ?",
                        (row, n) -> row.getString(1),
                        savedId,
                        currentUser.requireId())
                .stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RecordType.IMPORT_BATCH, savedId));
        Saved saved = JSON.readValue(json, Saved.class);
        var header = header(batch);
        var columns = new LinkedHashMap<Integer, ImportField>();
        for (int i = 0; i < header.size(); i++) {
            ImportField field = saved.columns().get(Folding.fold(header.get(i)));
            if (field != null && !columns.containsValue(field) && !PersonalColumns.isPersonal(header.get(i))) {
                columns.put(i, field);
            }
        }
        return new ColumnMapping(columns, saved.dayOrder(), saved.values());
    }

    record Saved(Map<String, ImportField> columns, DayOrder dayOrder, Map<ImportField, Map<String, String>> values) {}

    // --- helpers ---

    /** The matchers of a kind's list fields: each entry by its stored name and, for enums, its labels in each language. */
    Map<ImportField, ValueMatcher> matchers(ImportKind kind) {
        return matchers(ImportField.of(kind));
    }

    private Map<ImportField, ValueMatcher> matchers(java.util.Collection<ImportField> fields) {
        var matchers = new EnumMap<ImportField, ValueMatcher>(ImportField.class);
        for (ImportField field : fields) {
            if (!field.matched()) {
                continue;
            }
            var choices = new ArrayList<ValueMatcher.Choice>();
            ReferenceKind reference = field.reference();
            if (reference == ReferenceKind.LANGUAGE) {
                referenceData.languages().forEach(language -> {
                    // its stored name, its ISO 639-3 code ("som") and its name in each interface language
                    var names = new ArrayList<String>(List.of(language.name()));
                    if (language.code() != null) {
                        names.add(language.code());
                    }
                    org.jcpp.liaison.base.InterfaceLanguages.ALL.forEach(
                            l -> names.add(LanguageNames.inLanguage(language.code(), language.name(), l)));
                    choices.add(new ValueMatcher.Choice(Long.toString(language.id()), names));
                });
            } else if (reference != null) {
                referenceData
                        .names(reference)
                        .forEach((refId, name) ->
                                choices.add(new ValueMatcher.Choice(Long.toString(refId), List.of(name))));
            }
            var enumType = field.choices();
            if (enumType != null) {
                for (Enum<?> constant : enumType.getEnumConstants()) {
                    choices.add(new ValueMatcher.Choice(
                            constant.name(),
                            List.of(
                                    constant.name().replace('_', ' '),
                                    label(constant, Locale.ENGLISH),
                                    label(constant, Locale.forLanguageTag("es")))));
                }
            }
            if (field.type() == ImportField.Type.SHIFT) {
                shiftNames().forEach(name -> choices.add(new ValueMatcher.Choice(name, List.of(name))));
            }
            if (field.type() == ImportField.Type.TRAINING_TOPICS) {
                trainingTopics
                        .titles()
                        .forEach((topicId, title) ->
                                choices.add(new ValueMatcher.Choice(Long.toString(topicId), List.of(title))));
            }
            matchers.put(field, new ValueMatcher(choices));
        }
        return matchers;
    }

    /** The names shifts go by across the departments (Day, Middle, Night …), each once. */
    private List<String> shiftNames() {
        return referenceData.allShifts().stream()
                .map(org.jcpp.liaison.referencedata.ShiftRow::name)
                .distinct()
                .sorted()
                .toList();
    }

    /** A department's shift by its name (case and accents aside), active or not: the briefing's rules decide. */
    java.util.Optional<Long> shiftOf(long departmentId, String name) {
        String folded = Folding.fold(name);
        return referenceData.shifts(departmentId).stream()
                .filter(s -> Folding.fold(s.name()).equals(folded))
                .map(org.jcpp.liaison.referencedata.ShiftRow::id)
                .findFirst();
    }

    private String label(Enum<?> constant, Locale locale) {
        return i18n.getTranslation(constant.getDeclaringClass().getSimpleName() + "." + constant.name(), locale);
    }

    private void checkMapping(ImportBatch batch, ColumnMapping mapping) {
        var header = header(batch);
        var seen = new HashSet<ImportField>();
        for (var entry : mapping.columns().entrySet()) {
            int column = entry.getKey();
            if (column < 0 || column >= header.size()) {
                throw new InvalidInputException("columns", "import.mapping.no-such-column");
            }
            if (PersonalColumns.isPersonal(header.get(column))) {
                throw new InvalidInputException("columns[" + column + "]", "import.mapping.personal");
            }
            if (entry.getValue().kind() != batch.getKind()) {
                throw new InvalidInputException("columns[" + column + "]", "validation.unknown-choice");
            }
            if (!seen.add(entry.getValue())) {
                throw new InvalidInputException("columns[" + column + "]", "import.mapping.twice");
            }
        }
    }

    /** A check needs every required field mapped (a mapping being set may lack them for a while). */
    private static void checkComplete(ImportBatch batch, ColumnMapping mapping) {
        for (ImportField field : ImportField.of(batch.getKind())) {
            if (field.required() && !mapping.columns().containsValue(field)) {
                throw new InvalidInputException("columns", "import.mapping.required");
            }
        }
    }

    private boolean canMap(ImportBatch batch) {
        return switch (batch.getStatus()) {
            case MAPPING, CHECKED, FAILED -> true;
            case CHECKING, IMPORTING -> runner.isStale(batch.requireId());
            case IMPORTED, UNDONE -> false;
        };
    }

    private void startAfterCommit(long id, boolean write, boolean withReviewed, boolean replace) {
        long me = currentUser.requireId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.start(id, me, write, withReviewed, replace);
            }
        });
    }

    /** The user's own batch, of a kind their role may bring in now (an admin sees no community records). */
    private ImportBatch loadMine(long id) {
        var role = currentUser.role().orElse(null);
        return batches.findById(id)
                .filter(b -> b.getCreatedBy() == currentUser.requireId())
                .filter(b -> b.getKind().allowedFor(role))
                .orElseThrow(() -> new RecordNotFoundException(RecordType.IMPORT_BATCH, id));
    }

    private @Nullable Path file(ImportBatch batch) {
        String token = batch.getFileToken();
        return token == null ? null : files.find(token).orElse(null);
    }

    static List<String> header(ImportBatch batch) {
        return JSON.readValue(batch.getColumns(), new TypeReference<List<String>>() {});
    }

    static ColumnMapping mapping(ImportBatch batch) {
        return JSON.readValue(batch.getMapping(), ColumnMapping.class);
    }

    static Set<Integer> personal(List<String> header) {
        var personal = new HashSet<Integer>();
        for (int i = 0; i < header.size(); i++) {
            if (PersonalColumns.isPersonal(header.get(i))) {
                personal.add(i);
            }
        }
        return personal;
    }

    private ImportBatchDetails details(ImportBatch batch) {
        long id = batch.requireId();
        var progress = runner.progress(id);
        ImportStatus status = batch.getStatus();
        String failure = batch.getFailure();
        if (status.running() && progress.stale()) {
            status = ImportStatus.FAILED;
            failure = "import.failed.interrupted|";
        }
        String failureKey = failure == null ? null : failure.substring(0, failure.indexOf('|'));
        String failureArg = failure == null ? "" : failure.substring(failure.indexOf('|') + 1);
        var header = header(batch);
        return new ImportBatchDetails(
                id,
                batch.getVersion(),
                batch.getKind(),
                batch.getFileName(),
                status,
                header,
                personal(header),
                mapping(batch),
                progress.rowsDone(),
                batch.getRowsTotal(),
                batch.getRowsOk(),
                batch.getDuplicates(),
                batch.getErrors(),
                batch.getToReview(),
                batch.getImported(),
                failureKey,
                failureArg,
                batch.getCreatedAt(),
                batch.getFinishedAt(),
                file(batch) != null);
    }

    /** The name the browser gave, without any folder and without control characters; "file" when nothing is left. */
    static String fileName(String given) {
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        return name.isEmpty() ? "file" : cut(name, 255);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
