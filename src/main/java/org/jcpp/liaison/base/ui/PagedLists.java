package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jcpp.liaison.base.ListSize;
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
     * Fills the grid one page at a time from {@code rows}, for lists that run to millions of rows: the total (from
     * {@code size}) is exact up to a thousand rows ({@code totalKey}), else an estimate ({@code aboutKey}, "About 12,000
     * contacts"), and the grid grows as it is scrolled past its estimate. Returns what the view runs after a filter
     * changed: the size is found once per round trip, however many filters changed in it.
     */
    public static <T> Runnable pageSized(
            Grid<T> grid,
            Function<Pageable, List<T>> rows,
            Supplier<ListSize> size,
            Span total,
            String totalKey,
            String aboutKey) {
        var pending = new AtomicBoolean();
        var lazy = new AtomicReference<GridLazyDataView<T>>();
        Runnable sizeOnce = () -> {
            if (pending.compareAndSet(false, true)) {
                grid.getElement()
                        .getNode()
                        .runWhenAttached(ui -> ui.beforeClientResponse(grid, context -> {
                            pending.set(false);
                            ListSize found = size.get();
                            total.setText(grid.getTranslation(found.exact() ? totalKey : aboutKey, found.count()));
                            // an exact size is an estimate the grid finds true at its end; it never asks past it but
                            // once
                            long estimate = found.exact() ? found.count() : found.count() + 1;
                            java.util.Objects.requireNonNull(lazy.get())
                                    .setItemCountEstimate((int) Math.clamp(estimate, 1, Integer.MAX_VALUE));
                        }));
            }
        };
        // the size is asked for before the grid's own fetch of its first page, in the same round trip: the grid then
        // fetches that page once, with the estimate already set (set after it, the grid would reset and fetch again)
        sizeOnce.run();
        lazy.set(grid.setItems(query -> rows.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()));
        return () -> {
            sizeOnce.run();
            java.util.Objects.requireNonNull(lazy.get()).refreshAll();
        };
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
