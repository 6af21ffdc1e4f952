package org.jcpp.liaison.base.database;

import jakarta.persistence.Parameter;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.query.CommonQueryContract;
import org.hibernate.query.QueryParameter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * The where clause of a JPQL list query and its parameters, built from a filter: a page and its count use the same
 * conditions, each in one statement.
 */
public final class Conditions {

    private final StringBuilder clause = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition with one named parameter ({@code name} null for a condition without one). */
    public Conditions and(String condition, @Nullable String name, @Nullable Object value) {
        clause.append(clause.isEmpty() ? " where " : " and ").append(condition);
        if (name != null) {
            parameters.put(name, value);
        }
        return this;
    }

    /** Sets a parameter that conditions added before or after use. */
    public Conditions parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** Binds the parameters the query uses (a count may use fewer than its page). */
    public <Q extends TypedQuery<?>> Q bind(Q query) {
        Set<String> names =
                query.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
        parameters.forEach((name, value) -> {
            if (!names.contains(name)) {
                return;
            }
            if (value instanceof Collection<?> values
                    && query.getParameter(name) instanceof QueryParameter<?> parameter
                    && parameter.allowsMultiValuedBinding()) {
                // a list for "in :name": Hibernate's setParameter first tries the list as one value of the element's
                // type and throws (and catches) an exception doing so, its message the whole list
                query.unwrap(CommonQueryContract.class).setParameterList(name, values);
            } else {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    /** One page of the query's results. */
    public <T> List<T> page(TypedQuery<T> query, Pageable pageable) {
        bind(query);
        query.setFirstResult((int) pageable.getOffset());
        query.setMaxResults(pageable.getPageSize());
        return query.getResultList();
    }

    public long count(TypedQuery<Long> query) {
        return bind(query).getSingleResult();
    }

    /** A case-insensitive "contains" pattern for {@code like … escape '\'}. */
    public static String containsPattern(String text) {
        String escaped = text.strip()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    @Override
    public String toString() {
        return clause.toString();
    }
}
