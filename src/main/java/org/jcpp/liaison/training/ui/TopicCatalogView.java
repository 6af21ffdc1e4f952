package org.jcpp.liaison.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.training.TopicFilter;
import org.jcpp.liaison.training.TopicRow;
import org.jcpp.liaison.training.TopicStatus;
import org.jcpp.liaison.training.TrainingAudience;
import org.jcpp.liaison.training.TrainingTopicService;

/**
 * The officer training catalog: every signed-in user reads the active topics; liaisons and coordinators also see
 * proposals, approved and retired topics, and propose new ones. Paged in the database.
 */
@Route("training")
@Menu(order = 5, icon = "vaadin:academy-cap", title = "nav.training")
// every working role; not an account waiting for an admin (made at a first sign-on)
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR, Roles.ADMIN})
class TopicCatalogView extends VerticalLayout implements HasDynamicTitle {

    final Select<TopicStatus> status = new Select<>();
    final Select<TrainingAudience> audience = new Select<>();
    final TextField text = new TextField();
    final Grid<TopicRow> grid = new Grid<>(TopicRow.class, false);
    final Span total = new Span();
    final Button propose = new Button();

    private final TrainingTopicService topics;

    TopicCatalogView(TrainingTopicService topics, CurrentUser currentUser) {
        this.topics = topics;
        addClassName("topic-catalog-view");
        setSizeFull();
        boolean field = currentUser.scope().role() != null;

        status.setLabel(getTranslation("training.status"));
        status.setItems(TopicStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("contacts.filter.any") : label(s));
        status.setVisible(field);
        audience.setLabel(getTranslation("training.audience"));
        audience.setItems(TrainingAudience.values());
        audience.setEmptySelectionAllowed(true);
        audience.setItemLabelGenerator(a -> a == null ? getTranslation("contacts.filter.any") : label(a));
        text.setLabel(getTranslation("training.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(e -> refresh());
        audience.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(status, audience, text);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filter-bar");

        propose.setText(getTranslation("training.propose"));
        propose.setIcon(VaadinIcon.PLUS.create());
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TopicFormView.class)));
        propose.setVisible(field);
        var toolbar = new HorizontalLayout(propose, total);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.addColumn(TopicRow::title)
                .setHeader(getTranslation("training.title"))
                .setFlexGrow(2);
        grid.addColumn(row -> Formats.excerpt(row.summary(), 110))
                .setHeader(getTranslation("training.summary"))
                .setFlexGrow(3);
        grid.addColumn(row -> label(row.audience()))
                .setHeader(getTranslation("training.audience"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(row -> label(row.status()))
                .setHeader(getTranslation("training.status"))
                .setWidth("8rem")
                .setFlexGrow(0)
                .setVisible(field);
        grid.addColumn(TopicRow::revision)
                .setHeader(getTranslation("training.revision.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var compact = grid.addColumn(LitRenderer.<TopicRow>of(
                                "<div class='two-line'><strong>${item.title}</strong><span>${item.details}</span></div>")
                        .withProperty("title", TopicRow::title)
                        .withProperty(
                                "details",
                                row -> label(row.audience()) + (field ? " · " + label(row.status()) : "") + " · "
                                        + getTranslation("training.revision", row.revision())))
                .setHeader(getTranslation("nav.training"));
        compact.setVisible(false);
        Narrow.whenNarrow(grid, () -> grid.getColumns().forEach(column -> column.setVisible(column == compact)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("training.empty"));
        PagedLists.page(
                grid, page -> topics.rows(filter(), page), () -> topics.count(filter()), total, "training.total");
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(TopicView.class, e.getItem().id())));
        grid.setSizeFull();
        add(filters, toolbar, grid);
    }

    TopicFilter filter() {
        return new TopicFilter(status.getValue(), audience.getValue(), text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String label(Enum<?> value) {
        return Formats.enumLabel(this, value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training");
    }
}
