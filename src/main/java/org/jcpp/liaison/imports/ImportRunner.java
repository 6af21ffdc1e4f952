package org.jcpp.liaison.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactImports;
import org.jcpp.liaison.contacts.ContactKey;
import org.jcpp.liaison.datapractices.StatusWording;
import org.jcpp.liaison.imports.domain.ImportBatch;
import org.jcpp.liaison.imports.domain.ImportBatchRepository;
import org.jcpp.liaison.imports.domain.ImportProblems;
import org.jcpp.liaison.imports.file.ImportFiles;
import org.jcpp.liaison.imports.file.Sheet;
import org.jcpp.liaison.imports.file.SheetRow;
import org.jcpp.liaison.imports.file.SpreadsheetFiles;
import org.jcpp.liaison.imports.rules.BriefingRowReader;
import org.jcpp.liaison.imports.rules.ContactRowReader;
import org.jcpp.liaison.imports.rules.DateReading;
import org.jcpp.liaison.imports.rules.EventRowReader;
import org.jcpp.liaison.imports.rules.LanguageLineRowReader;
import org.jcpp.liaison.imports.rules.RowReader;
import org.jcpp.liaison.outreach.EventData;
import org.jcpp.liaison.outreach.EventKey;
import org.jcpp.liaison.outreach.OutreachImports;
import org.jcpp.liaison.rollcall.BriefingData;
import org.jcpp.liaison.rollcall.BriefingKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a batch's check (the dry run) or import in the background, as the user who started it (their cities). The
 * file is streamed a chunk of rows at a time; each row is read ({@link ContactRowReader}), checked with the contact
 * form's rules ({@link ContactImports#check}), looked at for status wording, and compared with the rows before it and
 * with stored contacts. An import stores the rows that pass in the same single transaction as its counts and audit
 * entry: a file that cannot be read to the end leaves nothing written. How far it got is written after every chunk
 * in a transaction of its own, so the batch's page shows it from any node.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final org.springframework.context.ApplicationEventPublisher events;

    /** A run that has not reported for this long has stopped (its node went away). */
    static final Duration STALE = Duration.ofMinutes(2);

    /**
     * Checks and imports run on a pool of their own, this many at once (each holds a database connection for its
     * transaction and briefly a second for its progress): a busy import day does not starve the pages' connections.
     */
    static final int RUNS_AT_ONCE = 2;

    /** Advisory lock keys: one batch's run at a time; one import (writing) at a time, so two cannot both store a row. */
    private static final int BATCH_LOCKS = 0x1A7C_0001;

    private static final int IMPORT_LOCK = 0x1A7C_0002;

    /** A run that finds its batch taken over (another run holds it, or its status moved on) stops without a trace. */
    private static final class Superseded extends RuntimeException {
        Superseded() {
            super(null, null, false, false);
        }
    }

    /** Who may have a run finished for them (what each may bring in is the batch kind's to say). */
    private static final Set<org.jcpp.liaison.accounts.Role> IMPORTERS = Set.of(
            org.jcpp.liaison.accounts.Role.LIAISON,
            org.jcpp.liaison.accounts.Role.COORDINATOR,
            org.jcpp.liaison.accounts.Role.ADMIN);

    /** What the page shows of a run: rows read so far, and whether it stopped reporting. */
    record Progress(int rowsDone, boolean stale) {}

    private final ImportBatchRepository batches;
    private final ImportProblems problems;
    private final ImportFiles files;
    private final AuditedChanges changes;
    private final CurrentUser currentUser;
    private final ContactImports contactImports;
    private final OutreachImports outreachImports;
    private final org.jcpp.liaison.rollcall.RollCallImports rollCallImports;
    private final org.jcpp.liaison.languageaccess.LanguageLineImports languageLineImports;
    private final Clock clock;
    private final ImportService service;
    private final ThreadPoolTaskExecutor executor;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    ImportRunner(
            ImportBatchRepository batches,
            ImportProblems problems,
            ImportFiles files,
            AuditedChanges changes,
            CurrentUser currentUser,
            ContactImports contactImports,
            OutreachImports outreachImports,
            org.jcpp.liaison.rollcall.RollCallImports rollCallImports,
            org.jcpp.liaison.languageaccess.LanguageLineImports languageLineImports,
            @Lazy ImportService service,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.batches = batches;
        this.problems = problems;
        this.files = files;
        this.changes = changes;
        this.currentUser = currentUser;
        this.contactImports = contactImports;
        this.outreachImports = outreachImports;
        this.rollCallImports = rollCallImports;
        this.languageLineImports = languageLineImports;
        this.clock = clock;
        this.service = service;
        var pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("import-");
        pool.setCorePoolSize(RUNS_AT_ONCE);
        pool.setMaxPoolSize(RUNS_AT_ONCE);
        pool.setQueueCapacity(1_000);
        pool.initialize();
        this.executor = pool;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    void start(long batchId, long userId, boolean write, boolean withReviewed, boolean replace) {
        report(batchId, 0);
        executor.execute(() -> currentUser.runAs(userId, IMPORTERS, () -> {
            run(batchId, write, withReviewed, replace);
            return Boolean.TRUE;
        }));
    }

    Progress progress(long batchId) {
        return jdbc
                .query(
                        "select rows_done, coalesce(heartbeat_at, updated_at) < now() - make_interval(secs => ?)"
                                + " from import_batch where id = ?",
                        (row, n) -> new Progress(row.getInt(1), row.getBoolean(2)),
                        (double) STALE.toSeconds(),
                        batchId)
                .stream()
                .findFirst()
                .orElse(new Progress(0, false));
    }

    boolean isStale(long batchId) {
        return progress(batchId).stale();
    }

    /** Removes uploaded files a day old (a batch never imported); their batches can no longer be checked. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void sweep() {
        for (String token : files.removeOlderThan(Duration.ofDays(1))) {
            jdbc.update("update import_batch set file_token = null where file_token = ?", token);
        }
        // the problem rows quote the file's cells: kept while they help fix and import again, then removed
        jdbc.update(
                "delete from import_problem where batch_id in (select id from import_batch"
                        + " where finished_at < now() - make_interval(days => ?))",
                PROBLEMS_KEPT_DAYS);
    }

    /** How long a finished batch keeps its problem rows. */
    static final int PROBLEMS_KEPT_DAYS = 30;

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdown();
    }

    private void run(long batchId, boolean write, boolean withReviewed, boolean replace) {
        try {
            transaction.executeWithoutResult(status -> pass(batchId, write, withReviewed, replace));
            if (write) {
                removeFile(batchId);
            }
        } catch (Superseded e) {
            log.info("import batch {}: a later run took it over; this one stopped", batchId);
        } catch (ImportFileException e) {
            fail(batchId, e.messageKey(), e.argument());
        } catch (RuntimeException e) {
            log.error("import batch {} stopped", batchId, e);
            fail(batchId, "import.failed.unexpected", "");
        }
    }

    /** One pass over the file, in the caller's transaction; ends with the batch's counts (and audit entry). */
    private void pass(long batchId, boolean write, boolean withReviewed, boolean replace) {
        ImportStatus expected = write ? ImportStatus.IMPORTING : ImportStatus.CHECKING;
        if (!Boolean.TRUE.equals(jdbc.queryForObject(
                "select pg_try_advisory_xact_lock(?, ?)", Boolean.class, BATCH_LOCKS, (int) batchId))) {
            throw new Superseded();
        }
        if (write) {
            jdbc.queryForObject("select pg_advisory_xact_lock(?, 0)::text", String.class, IMPORT_LOCK);
        }
        ImportBatch batch = batches.findById(batchId).orElseThrow();
        if (batch.getStatus() != expected) {
            throw new Superseded();
        }
        String token = batch.getFileToken();
        Path file = token == null ? null : files.find(token).orElse(null);
        if (file == null) {
            throw new ImportFileException("import.file.gone");
        }
        List<String> header = ImportService.header(batch);
        ColumnMapping mapping = ImportService.mapping(batch);
        problems.clear(batchId);
        Counts<?, ?> counts;
        try (Sheet sheet = SpreadsheetFiles.open(file)) {
            var dates = new DateReading(mapping.dayOrder(), zone, sheet.date1904());
            counts = counts(batch.getKind(), header, mapping, dates, batchId, write, withReviewed, replace);
            var chunk = new ArrayList<SheetRow>(ImportLimits.CHUNK);
            for (var rows = sheet.rows(); rows.hasNext(); ) {
                chunk.add(rows.next());
                if (chunk.size() == ImportLimits.CHUNK) {
                    counts.take(chunk);
                    chunk.clear();
                }
            }
            counts.take(chunk);
        }
        if (counts.total == 0) {
            throw new ImportFileException("import.file.header-only");
        }
        ImportBatch fresh = batches.findById(batchId).orElseThrow();
        if (fresh.getStatus() != expected) {
            throw new Superseded();
        }
        long runVersion = fresh.getVersion();
        changes.update(
                RecordType.IMPORT_BATCH,
                fresh,
                fresh.getVersion(),
                b -> {
                    b.counted(
                            write ? ImportStatus.IMPORTED : ImportStatus.CHECKED,
                            counts.total,
                            counts.ok,
                            counts.duplicates,
                            counts.errors,
                            counts.toReview);
                    if (write) {
                        b.importedRows(counts.imported);
                    }
                },
                AuditedChanges::noPerson);
        events.publishEvent(new ImportFinished(
                batchId, runVersion, currentUser.requireId(), write ? ImportStatus.IMPORTED : ImportStatus.CHECKED));
    }

    /**
     * What a run needs of one kind of record: its reader, and its module's check (the form's rules), duplicate key,
     * stored duplicates and store.
     */
    private record Target<D, K>(
            RowReader<D> reader,
            Consumer<D> check,
            Function<D, K> key,
            Function<List<K>, Set<K>> existing,
            BiFunction<Long, List<D>, Integer> store) {}

    private Counts<?, ?> counts(
            ImportKind kind,
            List<String> header,
            ColumnMapping mapping,
            DateReading dates,
            long batchId,
            boolean write,
            boolean withReviewed,
            boolean replace) {
        var matchers = service.matchers(kind);
        var personal = ImportService.personal(header);
        return switch (kind) {
            case CONTACTS ->
                new Counts<>(
                        batchId,
                        write,
                        withReviewed,
                        new Target<ContactData, ContactKey>(
                                new ContactRowReader(header, mapping, matchers, dates, personal),
                                contactImports::check,
                                ContactKey::of,
                                contactImports::existing,
                                contactImports::store));
            case EVENTS ->
                new Counts<>(
                        batchId,
                        write,
                        withReviewed,
                        new Target<EventData, EventKey>(
                                new EventRowReader(header, mapping, matchers, dates, personal, clock),
                                outreachImports::check,
                                EventKey::of,
                                outreachImports::existing,
                                outreachImports::store));
            case BRIEFINGS ->
                new Counts<>(
                        batchId,
                        write,
                        withReviewed,
                        new Target<BriefingData, BriefingKey>(
                                new BriefingRowReader(header, mapping, matchers, dates, personal, service::shiftOf),
                                rollCallImports::check,
                                BriefingKey::of,
                                rollCallImports::existing,
                                rollCallImports::store));
            case LANGUAGE_LINE -> {
                var accounts = languageLineImports.accountDepartments();
                yield new Counts<>(
                        batchId,
                        write,
                        withReviewed,
                        new Target<
                                org.jcpp.liaison.languageaccess.LanguageLineCall,
                                org.jcpp.liaison.languageaccess.LineKey>(
                                new LanguageLineRowReader(
                                        header,
                                        mapping,
                                        matchers,
                                        dates,
                                        personal,
                                        account -> org.jcpp.liaison.languageaccess.LanguageLineImports.departmentOf(
                                                accounts, account)),
                                languageLineImports::check,
                                org.jcpp.liaison.languageaccess.LineKey::of,
                                keys -> replace ? Set.of() : languageLineImports.existing(batchId, keys),
                                (b, rows) -> languageLineImports.store(b, rows, replace)));
            }
        };
    }

    /** The counts of a pass, and the work on each chunk of rows. */
    private final class Counts<D, K> {

        private final long batchId;
        private final boolean write;
        private final boolean withReviewed;
        private final Target<D, K> target;
        private final RowReader<D> reader;
        private final Map<K, Integer> seen = new HashMap<>();
        private int total;
        private int ok;
        private int duplicates;
        private int errors;
        private int toReview;
        private int imported;
        private int kept;

        Counts(long batchId, boolean write, boolean withReviewed, Target<D, K> target) {
            this.batchId = batchId;
            this.write = write;
            this.withReviewed = withReviewed;
            this.target = target;
            this.reader = target.reader();
        }

        void take(List<SheetRow> chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            var found = new ArrayList<ImportProblem>();
            var passed = new ArrayList<Passed<D, K>>();
            for (SheetRow row : chunk) {
                total++;
                var read = reader.read(row);
                D data = read.data();
                if (data == null) {
                    errors++;
                    found.addAll(read.problems());
                    continue;
                }
                try {
                    target.check().accept(data);
                } catch (InvalidInputException e) {
                    errors++;
                    found.add(reader.refused(row, e.field(), e.messageKey()));
                    continue;
                }
                if (reviewed(row, data, found) && !withReviewed) {
                    continue;
                }
                K key = target.key().apply(data);
                Integer first = seen.putIfAbsent(key, row.number());
                if (first != null) {
                    duplicates++;
                    found.add(reader.duplicate(row, first));
                    continue;
                }
                passed.add(new Passed<>(row, data, key));
            }
            var stored =
                    target.existing().apply(passed.stream().map(Passed::key).toList());
            var toStore = new ArrayList<D>(passed.size());
            for (Passed<D, K> p : passed) {
                if (stored.contains(p.key())) {
                    duplicates++;
                    found.add(reader.duplicate(p.row(), 0));
                } else {
                    ok++;
                    toStore.add(p.data());
                }
            }
            if (write && !toStore.isEmpty()) {
                imported += target.store().apply(batchId, toStore);
            }
            keep(found);
            report(batchId, total);
        }

        /** True (and the row listed) when one of its free texts reads like a record of status. */
        private boolean reviewed(SheetRow row, D data, List<ImportProblem> found) {
            for (var text : reader.texts(data).entrySet()) {
                var words = StatusWording.find(text.getValue());
                if (!words.isEmpty()) {
                    toReview++;
                    found.add(reader.review(row, text.getKey(), words));
                    return true;
                }
            }
            return false;
        }

        private void keep(List<ImportProblem> found) {
            int room = ImportLimits.MAX_PROBLEMS_KEPT - kept;
            if (room <= 0 || found.isEmpty()) {
                return;
            }
            var taken = found.size() <= room ? found : found.subList(0, room);
            problems.add(batchId, taken);
            kept += taken.size();
        }
    }

    private record Passed<D, K>(SheetRow row, D data, K key) {}

    private void report(long batchId, int rowsDone) {
        ownTransaction.executeWithoutResult(s -> jdbc.update(
                "update import_batch set rows_done = ?, heartbeat_at = now() where id = ?", rowsDone, batchId));
    }

    private void fail(long batchId, String messageKey, String argument) {
        ownTransaction.executeWithoutResult(s -> {
            problems.clear(batchId);
            ImportBatch batch = batches.findById(batchId).orElseThrow();
            long runVersion = batch.getVersion();
            changes.update(
                    RecordType.IMPORT_BATCH,
                    batch,
                    runVersion,
                    b -> b.failed(messageKey, argument),
                    AuditedChanges::noPerson);
            events.publishEvent(new ImportFinished(batchId, runVersion, currentUser.requireId(), ImportStatus.FAILED));
        });
        if (!"import.failed.unexpected".equals(messageKey)) {
            removeFile(batchId);
        }
    }

    private void removeFile(long batchId) {
        ownTransaction.executeWithoutResult(s -> {
            ImportBatch batch = batches.findById(batchId).orElseThrow();
            String token = batch.getFileToken();
            if (token != null) {
                files.remove(token);
                jdbc.update("update import_batch set file_token = null where id = ?", batchId);
            }
        });
    }
}
