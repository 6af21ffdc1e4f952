package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.jcpp.liaison.contacts.NeedRow;

/** The columns every list of needs shows; a click opens the need. */
class NeedGrid extends Grid<NeedRow> {

    NeedGrid(Labels labels) {
        super(NeedRow.class, false);
        addColumn(row -> labels.date(row.dueOn()))
                .setHeader(getTranslation("need.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(row -> row.overdue() ? getTranslation("need.overdue") : "")
                .setHeader(getTranslation("need.overdue"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(row -> labels.enumLabel(row.status()))
                .setHeader(getTranslation("need.status"))
                .setAutoWidth(true);
        addColumn(row -> labels.enumLabel(row.category()))
                .setHeader(getTranslation("need.category"))
                .setAutoWidth(true);
        addColumn(row -> ContactListView.excerpt(row.description()))
                .setHeader(getTranslation("need.description"))
                .setFlexGrow(3);
        addColumn(row -> labels.city(row.cityId()))
                .setHeader(getTranslation("contacts.city"))
                .setAutoWidth(true);
        addColumn(row -> labels.user(row.ownerId()))
                .setHeader(getTranslation("need.owner"))
                .setAutoWidth(true);
        setPartNameGenerator(row -> row.overdue() ? "overdue" : null);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(NeedView.class, e.getItem().id())));
        setSizeFull();
    }
}
