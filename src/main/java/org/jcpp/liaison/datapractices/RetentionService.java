package org.jcpp.liaison.datapractices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.datapractices.domain.RetentionRun;
import org.jcpp.liaison.datapractices.domain.RetentionRunRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Retention as configured (liaison.retention.*): a dry-run preview, a run, and the log of runs. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', 'SYSTEM')")
public class RetentionService {

    private final List<RetentionTask> tasks;
    private final RetentionRunRepository runs;
    private final int personYears;
    private final int summaryYears;
    private final java.time.Clock clock;
    private final net.javacrumbs.shedlock.core.LockingTaskExecutor locking;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    RetentionService(
            List<RetentionTask> tasks,
            RetentionRunRepository runs,
            net.javacrumbs.shedlock.core.LockProvider lockProvider,
            org.springframework.transaction.support.TransactionTemplate transaction,
            RetentionSettings settings,
            java.time.Clock clock) {
        this.clock = clock;
        this.tasks = List.copyOf(tasks);
        this.runs = runs;
        this.locking = new net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor(lockProvider);
        this.transaction = transaction;
        this.personYears = settings.namedPersonYears();
        this.summaryYears = settings.summaryYears();
    }

    /** What a run today would do, without doing it. */
    @Transactional(readOnly = true)
    public Preview preview() {
        var due = tasks.stream()
                .map(t -> t.preview(personCutoff(), summaryCutoff()))
                .reduce(RetentionTask.Due.NONE, RetentionTask.Due::plus);
        return new Preview(personYears, summaryYears, personCutoff(), summaryCutoff(), due.persons(), due.texts());
    }

    /** Erases and removes what is due and logs the run (the nightly job, which holds the "retention" lock). */
    @Transactional
    public Run run() {
        return doRun();
    }

    /**
     * A run an admin starts: it takes the same "retention" lock as the nightly job, so the two never overlap; refused
     * while the job runs.
     */
    public Run runNow() {
        net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult<Run> result;
        try {
            result = locking.executeWithLock(
                    (net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskWithResult<Run>)
                            () -> transaction.execute(status -> doRun()),
                    new net.javacrumbs.shedlock.core.LockConfiguration(
                            clock.instant(), "retention", java.time.Duration.ofHours(1), java.time.Duration.ZERO));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        if (!result.wasExecuted()) {
            throw new org.jcpp.liaison.base.InvalidInputException("", "retention.busy");
        }
        return java.util.Objects.requireNonNull(result.getResult());
    }

    private Run doRun() {
        var done = tasks.stream()
                .map(t -> t.apply(personCutoff(), summaryCutoff()))
                .reduce(RetentionTask.Due.NONE, RetentionTask.Due::plus);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var run = runs.save(new RetentionRun(
                auth == null ? "system" : auth.getName(),
                done.persons(),
                done.texts(),
                personCutoff(),
                summaryCutoff()));
        return toRun(run);
    }

    @Transactional(readOnly = true)
    public List<Run> log(Pageable pageable) {
        return runs.findAllByOrderByAtDesc(pageable)
                .map(RetentionService::toRun)
                .getContent();
    }

    private LocalDate personCutoff() {
        return LocalDate.now(clock).minusYears(personYears);
    }

    private LocalDate summaryCutoff() {
        return LocalDate.now(clock).minusYears(summaryYears);
    }

    private static Run toRun(RetentionRun run) {
        return new Run(
                run.getAt(),
                run.getStartedBy(),
                run.getPersonsErased(),
                run.getSummariesRemoved(),
                run.getPersonCutoff(),
                run.getSummaryCutoff());
    }

    /** What is due: named persons whose follow-up closed before one cutoff, contact texts older than the other. */
    public record Preview(
            int personYears,
            int summaryYears,
            LocalDate personCutoff,
            LocalDate summaryCutoff,
            int personsDue,
            int summariesDue) {}

    /** One logged run. */
    public record Run(
            Instant at,
            String startedBy,
            int personsErased,
            int summariesRemoved,
            LocalDate personCutoff,
            LocalDate summaryCutoff) {}
}
