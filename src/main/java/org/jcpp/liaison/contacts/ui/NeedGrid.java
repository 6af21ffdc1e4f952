package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.contacts.NeedRow;
import org.jcpp.liaison.referencedata.Labels;

/**
 * The needs of a list; a click opens the need. Wide windows get columns; phones get one column of two-line entries.
 * All text is rendered as text.
 */
class NeedGrid extends Grid<NeedRow> {

    private final List<Column<NeedRow>> wideColumns;
    private final Column<NeedRow> compactColumn;

    NeedGrid(Labels labels) {
        super(NeedRow.class, false);
        wideColumns = List.of(
                addColumn(row -> Formats.date(row.dueOn()))
                        .setHeader(getTranslation("need.due"))
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                addColumn(LitRenderer.<NeedRow>of("<span class='overdue-badge'>${item.overdue}</span>")
                                .withProperty("overdue", row -> row.overdue() ? getTranslation("need.overdue") : ""))
                        .setHeader(getTranslation("need.overdue"))
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                addColumn(row -> Formats.enumLabel(this, row.status()))
                        .setHeader(getTranslation("need.status"))
                        .setAutoWidth(true),
                addColumn(row -> Formats.enumLabel(this, row.category()))
                        .setHeader(getTranslation("need.category"))
                        .setAutoWidth(true),
                addColumn(row -> ContactListView.excerpt(row.description()))
                        .setHeader(getTranslation("need.description"))
                        .setWidth("12rem")
                        .setFlexGrow(3)
                        .setTooltipGenerator(NeedRow::description),
                addColumn(row -> labels.city(row.cityId()))
                        .setHeader(getTranslation("contacts.city"))
                        .setAutoWidth(true),
                addColumn(row -> labels.user(row.ownerId()))
                        .setHeader(getTranslation("need.owner"))
                        .setAutoWidth(true));
        // on a phone: the city (two needs of the same words in two cities), the date said as a follow-up date, and
        // "Overdue" in red as the wide list's column shows it
        compactColumn = addColumn(LitRenderer.<NeedRow>of(
                                "<div class='two-line'><strong>${item.description}</strong>"
                                        + "<span>${item.details}<span class='overdue-badge'>${item.overdue}</span></span></div>")
                        .withProperty("description", NeedRow::description)
                        .withProperty("details", row -> java.util.stream.Stream.of(
                                        Formats.enumLabel(this, row.category()),
                                        Formats.enumLabel(this, row.status()),
                                        labels.city(row.cityId()),
                                        row.dueOn() == null
                                                ? ""
                                                : getTranslation("need.due.on", Formats.date(row.dueOn())))
                                .filter(part -> !part.isBlank())
                                .collect(java.util.stream.Collectors.joining(" · ")))
                        .withProperty("overdue", row -> row.overdue() ? " · " + getTranslation("need.overdue") : ""))
                .setHeader(getTranslation("nav.needs"));
        compactColumn.setVisible(false);
        setPartNameGenerator(row -> row.overdue() ? "overdue" : null);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(NeedView.class, e.getItem().id())));
        setSizeFull();
        Narrow.whenNarrow(this, () -> {
            wideColumns.forEach(column -> column.setVisible(false));
            compactColumn.setVisible(true);
        });
    }
}
