package org.jcpp.liaison.base;

import java.util.List;

/**
 * The first rows of a long list and its size, found together: the statement that finds how many rows there are (up to
 * {@link ListSize#EXACT_UP_TO}) also finds which rows come first, so the first page is read by their ids instead of
 * searching again.
 *
 * @param rows the first rows, in the list's order: as many as asked for, fewer at the list's end
 * @param size the list's size, as the list says it
 */
public record ListPage<T>(List<T> rows, ListSize size) {

    public ListPage {
        rows = List.copyOf(rows);
    }
}
