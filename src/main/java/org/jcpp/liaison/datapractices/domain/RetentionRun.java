package org.jcpp.liaison.datapractices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.jcpp.liaison.base.TextNormaliser;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

/** One run of the retention job, kept as its log. */
@Entity
@EntityListeners(TextNormaliser.class)
@Immutable
@Table(name = "retention_run")
public class RetentionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Classified(DataClass.PRIVATE)
    @Column(nullable = false)
    private Instant at = Instant.now();

    @Classified(DataClass.PRIVATE)
    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Classified(DataClass.PUBLIC)
    @Column(name = "persons_erased", nullable = false)
    private int personsErased;

    @Classified(DataClass.PUBLIC)
    @Column(name = "summaries_removed", nullable = false)
    private int summariesRemoved;

    @Classified(DataClass.PUBLIC)
    @Column(name = "person_cutoff", nullable = false)
    private LocalDate personCutoff;

    @Classified(DataClass.PUBLIC)
    @Column(name = "summary_cutoff", nullable = false)
    private LocalDate summaryCutoff;

    protected RetentionRun() {}

    @SuppressWarnings("NullAway.Init") // the database assigns its id when it is saved
    public RetentionRun(
            String startedBy,
            int personsErased,
            int summariesRemoved,
            LocalDate personCutoff,
            LocalDate summaryCutoff) {
        this.startedBy = startedBy;
        this.personsErased = personsErased;
        this.summariesRemoved = summariesRemoved;
        this.personCutoff = personCutoff;
        this.summaryCutoff = summaryCutoff;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public int getPersonsErased() {
        return personsErased;
    }

    public int getSummariesRemoved() {
        return summariesRemoved;
    }

    public LocalDate getPersonCutoff() {
        return personCutoff;
    }

    public LocalDate getSummaryCutoff() {
        return summaryCutoff;
    }
}
