package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
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

    /** The filters in a section that is open on wide screens and folded on phones, so the list is in view. */
    public static Details foldedOnPhones(Component filters) {
        var folded = new Details(filters.getTranslation("contacts.filters"), filters);
        folded.setOpened(true);
        folded.setWidthFull();
        Narrow.whenNarrow(folded, () -> folded.setOpened(false));
        return folded;
    }
}
