package org.jcpp.liaison.base;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Id, optimistic-lock version and timestamps shared by every entity; its text goes through {@link TextNormaliser} on
 * every insert and update.
 */
@MappedSuperclass
@EntityListeners(TextNormaliser.class)
public abstract class AbstractEntity {

    /**
     * From the table's own sequence ({@code contact_id_seq}: {@link IdSequenceNaming}), fifty ids at a time
     * (changeset 0066), so that a save of many records sends their inserts in batches (hibernate.jdbc.batch_size)
     * rather than one statement and round trip each, as an identity column forces. Ids still grow as records are saved
     * on one node; two nodes draw from different blocks.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    /** The id, or null before the record is first saved. */
    public @Nullable Long getId() {
        return id;
    }

    /** The id of a saved record (loaded, or flushed once): where a record is known to be stored. */
    public Long requireId() {
        return java.util.Objects.requireNonNull(id, "the record is not saved yet");
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Demo data only: a record generated now that stands for one created earlier. */
    protected void backdateCreation(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    /**
     * Marks the record as changed when only something that belongs to it changed (a child row): its version goes up at
     * the next flush, so a page opened before sees a concurrent edit instead of acting on stale data.
     */
    public void markChanged() {
        updatedAt = Instant.now().plusNanos(1);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
