package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.Downloads;
import org.jcpp.liaison.base.ui.Filters;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.contacts.ContactFilter;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.ContactRow;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.datapractices.RemovedTexts;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;

/**
 * The contacts the user may see, newest first, filtered by period, city, kind, language, group, topic and text. The
 * grid pages in the database; the total is shown above it.
 */
@Route("contacts")
@Menu(order = 1, icon = "vaadin:comments-o", title = "nav.contacts")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class ContactListView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    final DateField from = new DateField();
    final DateField to = new DateField();
    final ComboBox<Long> city = new ComboBox<>();
    final Select<ContactKind> kind = new Select<>();
    final ComboBox<Long> language = new ComboBox<>();
    final ComboBox<Long> group = new ComboBox<>();
    final ComboBox<Long> topic = new ComboBox<>();
    final TextField text = new TextField();
    final Grid<ContactRow> grid = new Grid<>(ContactRow.class, false);
    final Span total = new Span();
    private final Runnable refresh;

    private final ContactService contacts;

    ContactListView(
            ContactService contacts,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.contacts = contacts;
        var labels = new Labels(referenceData, directory.allDisplayNames());
        addClassName("contact-list-view");
        setSizeFull();

        Filters.period(from, to);
        from.setValue(LocalDate.now().minusMonths(3));
        Filters.choices(city, "contacts.filter.city", labels.scopeCities(currentUser.scope()::allows));
        kind.setLabel(getTranslation("contacts.filter.kind"));
        kind.setItems(ContactKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("contacts.filter.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("contacts.filter.any") : Formats.enumLabel(this, k));
        Filters.choices(language, "contacts.filter.language", labels.languages);
        Filters.choices(group, "contacts.filter.group", labels.groups);
        Filters.choices(topic, "contacts.filter.topic", labels.topics);
        text.setLabel(getTranslation("contacts.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200); // words to search by, not a summary
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        city.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        group.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());

        var filterBar = new FlexLayout(from, to, city, kind, language, group, topic, text);
        filterBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filterBar.addClassName("filter-bar");
        var filters = new Details(getTranslation("contacts.filters"), filterBar);
        filters.setOpened(true);
        filters.setWidthFull();
        Narrow.whenNarrow(filters, () -> filters.setOpened(false));

        var log = new Button(getTranslation("contacts.log"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(ContactFormView.class)));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(
                log, total, Downloads.csv(this, "jcpp-contacts.csv", text -> contacts.exportCsv(filter(), text)));
        toolbar.getStyle().set("flex-wrap", "wrap");
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.addColumn(row -> Formats.dateTime(row.occurredAt()))
                .setHeader(getTranslation("contacts.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> labels.city(row.cityId()))
                .setHeader(getTranslation("contacts.city"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.enumLabel(this, row.kind()))
                .setHeader(getTranslation("contacts.kind"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(ContactRow::headcount)
                .setHeader(getTranslation("contacts.headcount.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Labels.names(labels.languages, row.languageIds())
                        + (row.languageLineUsed() ? " · " + getTranslation("contacts.language-line-short") : ""))
                .setHeader(getTranslation("contacts.languages"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(row -> excerpt(row.summary()))
                .setHeader(getTranslation("contacts.summary"))
                .setWidth("9rem")
                .setFlexGrow(3);
        grid.addColumn(ContactRow::needCount)
                .setHeader(getTranslation("contacts.needs"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> labels.user(row.liaisonId()))
                .setHeader(getTranslation("contacts.liaison"))
                .setWidth("7rem")
                .setFlexGrow(0)
                .setVisible(currentUser.role().orElse(null) == Role.COORDINATOR);
        var compact = grid.addColumn(
                        LitRenderer.<ContactRow>of("<div class='two-line'><strong>${item.when} · ${item.city}</strong>"
                                        + "<span>${item.details}</span></div>")
                                .withProperty("when", row -> Formats.dateTime(row.occurredAt()))
                                .withProperty("city", row -> labels.city(row.cityId()))
                                .withProperty(
                                        "details",
                                        // a part left empty (no language recorded) leaves no empty "· ·"
                                        row -> java.util.stream.Stream.of(
                                                        Formats.enumLabel(this, row.kind()),
                                                        getTranslation("contacts.people", row.headcount()),
                                                        Labels.names(labels.languages, row.languageIds()),
                                                        excerpt(row.summary()))
                                                .filter(part -> !part.isBlank())
                                                .collect(java.util.stream.Collectors.joining(" · "))))
                .setHeader(getTranslation("nav.contacts"));
        compact.setVisible(false);
        Narrow.whenNarrow(grid, () -> {
            grid.getColumns().forEach(column -> column.setVisible(column == compact));
        });
        // Column widths in rem, not em: a header cell's smaller font made an em narrower there than in the rows, so
        // the headers drifted left of their columns. Long kinds and summaries wrap instead of being cut.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("contacts.empty"));
        refresh = PagedLists.pageSized(
                grid,
                page -> contacts.rows(filter(), page),
                rows -> contacts.firstRows(filter(), rows),
                total,
                "contacts.total",
                "contacts.total.about");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(ContactView.class, e.getItem().id())));
        grid.setSizeFull();

        add(filters, toolbar, grid);
    }

    ContactFilter filter() {
        return new ContactFilter(
                from.getValue(),
                to.getValue(),
                city.getValue(),
                kind.getValue(),
                language.getValue(),
                group.getValue(),
                topic.getValue(),
                text.getValue());
    }

    private void refresh() {
        refresh.run();
    }

    static String excerpt(String stored) {
        String text = RemovedTexts.shown(stored);
        return text.length() <= 120 ? text : text.substring(0, 117) + "…";
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        org.jcpp.liaison.base.ui.Addresses.applyCityAndPeriod(event.getLocation(), city, from, to);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.contacts");
    }
}
