package org.jcpp.liaison.base;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RecordNames} for a few fields, each name looked up once a minute at most: a module names its records by
 * extending this with its fields and a lookup.
 */
public abstract class CachedRecordNames implements RecordNames {

    private final Set<String> fields;
    private final BiFunction<String, Long, Optional<String>> lookup;
    private final ShortCache cache = new ShortCache(Duration.ofMinutes(1));

    protected CachedRecordNames(Set<String> fields, BiFunction<String, Long, Optional<String>> lookup) {
        this.fields = Set.copyOf(fields);
        this.lookup = lookup;
    }

    @Override
    public Set<String> fields() {
        return fields;
    }

    /** Read in a transaction of its own (or the caller's): a lookup may follow a record's lazy links. */
    @Override
    @Transactional(readOnly = true)
    public Optional<String> name(String field, long id) {
        return fields.contains(field) ? cache.get(field + " " + id, () -> lookup.apply(field, id)) : Optional.empty();
    }
}
