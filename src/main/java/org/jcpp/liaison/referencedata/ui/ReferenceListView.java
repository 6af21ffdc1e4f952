package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceItem;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * An admin's list of one kind of reference entry: search by name, add, edit, deactivate. The grid pages in the
 * database.
 */
abstract class ReferenceListView extends VerticalLayout implements HasDynamicTitle {

    protected final ReferenceKind kind;
    protected final ReferenceDataService service;
    protected final Grid<ReferenceItem> grid = new Grid<>(ReferenceItem.class, false);
    private final TextField search = new TextField();
    private final Span total = new Span();

    ReferenceListView(ReferenceKind kind, ReferenceDataService service) {
        this.kind = kind;
        this.service = service;
        addClassName("reference-list-view");
        setSizeFull();

        search.setLabel(getTranslation("reference.search"));
        search.setPlaceholder(getTranslation("reference.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setMinWidth("18em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        var add = new Button(getTranslation("reference.add." + kind), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var toolbar = new HorizontalLayout(search, add, total);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.addClassName("view-toolbar");

        grid.addColumn(ReferenceItem::name)
                .setHeader(getTranslation("reference.name"))
                .setKey("name")
                .setSortable(true)
                .setFlexGrow(2);
        addExtraColumns();
        grid.addColumn(item -> getTranslation(item.active() ? "reference.active" : "reference.inactive"))
                .setHeader(getTranslation("reference.status"))
                .setKey("active")
                .setSortable(true)
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(item -> {
                    var edit = new Button(getTranslation("reference.edit"), e -> openEditor(item));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel(getTranslation("reference.edit-named", item.name()));
                    return edit;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("reference.empty"));
        grid.setItems(query ->
                service.list(kind, search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
        grid.setSizeFull();

        add(toolbar, grid);
        updateTotal();
    }

    /** Columns between the name and the status, for lists that have more than a name. */
    protected void addExtraColumns() {}

    /** Opens the add or edit dialog for an entry (null: a new one). */
    protected void openEditor(@Nullable ReferenceItem item) {
        var dialog = new ReferenceItemDialog(kind, service, item, this::refresh);
        dialog.open();
        DraftKeeper.keep(dialog, item == null ? "new" : "item-" + item.id());
    }

    protected void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("reference.total", service.count(kind, search.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin." + kind);
    }
}
