package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import org.jcpp.liaison.base.ListPage;
import org.jcpp.liaison.base.ListSize;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/** The shape every list view shares: a grid paged in the database, its total above it, filters that fold on phones. */
public final class PagedLists {

    private PagedLists() {}

    /**
     * Fills the grid one page at a time from {@code rows}; {@code count} gives the total, shown in {@code total} with the
     * (choice-formatted) text {@code totalKey}.
     */
    public static <T> void page(
            Grid<T> grid, Function<Pageable, List<T>> rows, LongSupplier count, Span total, String totalKey) {
        grid.setItems(query -> rows.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> {
            long n = count.getAsLong();
            total.setText(grid.getTranslation(totalKey, n));
            return (int) Math.min(Integer.MAX_VALUE, n);
        });
    }

    /**
     * Fills the grid one page at a time from {@code rows}, for lists that run to millions of rows: the total is exact
     * up to a thousand rows ({@code totalKey}), else an estimate ({@code aboutKey}, "About 12,000 contacts"), and the
     * grid grows as it is scrolled past its estimate. {@code firstRows} gives the size with the first rows (as many as
     * asked for), found by one search; the size and the grid's first page in the same round trip come from that one
     * search. Returns what the view runs after a filter changed: the size is found once per round trip, however many
     * filters changed in it.
     */
    public static <T> Runnable pageSized(
            Grid<T> grid,
            Function<Pageable, List<T>> rows,
            IntFunction<ListPage<T>> firstRows,
            Span total,
            String totalKey,
            String aboutKey) {
        var pending = new AtomicBoolean();
        var lazy = new AtomicReference<GridLazyDataView<T>>();
        // the first rows and size found in this round trip, for which filters (counted up at each change); forgotten
        // at the round trip's end
        var first = new AtomicReference<@Nullable Found<T>>();
        var filters = new AtomicInteger();
        IntFunction<ListPage<T>> find = count -> {
            ListPage<T> found = firstRows.apply(count);
            first.set(new Found<>(found, filters.get()));
            return found;
        };
        Runnable sizeOnce = () -> {
            if (pending.compareAndSet(false, true)) {
                grid.getElement()
                        .getNode()
                        .runWhenAttached(ui -> ui.beforeClientResponse(grid, context -> {
                            pending.set(false);
                            Found<T> known = first.get();
                            ListSize size = (known != null && known.current(filters.get())
                                            ? known.page()
                                            : find.apply(grid.getPageSize()))
                                    .size();
                            total.setText(grid.getTranslation(size.exact() ? totalKey : aboutKey, size.count()));
                            // an exact size is an estimate the grid finds true at its end; it never asks past it but
                            // once
                            long estimate = size.exact() ? size.count() : size.count() + 1;
                            java.util.Objects.requireNonNull(lazy.get())
                                    .setItemCountEstimate((int) Math.clamp(estimate, 1, Integer.MAX_VALUE));
                            // after the grid's fetch that the estimate asks for, in this same round trip
                            ui.beforeClientResponse(grid, after -> first.set(null));
                        }));
            }
        };
        // the size is asked for before the grid's own fetch of its first page when a filter changed; when the view
        // opens, the grid fetches first, and again once the size set an estimate above the rows it shows: all from
        // one search
        sizeOnce.run();
        lazy.set(grid.setItems(query -> {
            Found<T> known = first.getAndSet(null);
            if (query.getOffset() == 0) {
                if (known != null && known.current(filters.get()) && known.holds(query.getLimit())) {
                    return known.page().rows().stream().limit(query.getLimit());
                }
                if (pending.get()) {
                    return find.apply(query.getLimit()).rows().stream();
                }
            }
            return rows.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream();
        }));
        return () -> {
            filters.incrementAndGet();
            sizeOnce.run();
            java.util.Objects.requireNonNull(lazy.get()).refreshAll();
        };
    }

    /** A list's first rows and size, found for the filters as they were at their {@code filters}-th change. */
    private record Found<T>(ListPage<T> page, int filters) {

        boolean current(int filtersNow) {
            return filters == filtersNow;
        }

        /** Whether the first {@code count} rows are all here: as many, or the whole list. */
        boolean holds(int count) {
            ListSize size = page.size();
            return page.rows().size() >= count || (size.exact() && page.rows().size() == size.count());
        }
    }

    /** The filters in a section that is open on wide screens and folded on phones, so the list is in view. */
    public static Details foldedOnPhones(Component filters) {
        var folded = new Details(filters.getTranslation("contacts.filters"), filters);
        folded.setOpened(true);
        folded.setWidthFull();
        Narrow.whenNarrow(folded, () -> folded.setOpened(false));
        return folded;
    }
}
