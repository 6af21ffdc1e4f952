package org.jcpp.liaison.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.Downloads;
import org.jcpp.liaison.base.ui.Filters;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.training.SessionFilter;
import org.jcpp.liaison.training.SessionRow;
import org.jcpp.liaison.training.TrainingSessionService;
import org.jcpp.liaison.training.TrainingTopicService;

/**
 * Formal training sessions delivered in the user's cities, newest first, filtered by period, city and topic
 * ({@code training/sessions?topic=ID} from a topic's page). Paged in the database.
 */
@Route("training/sessions")
@Menu(order = 6, icon = "vaadin:presentation", title = "nav.training-sessions")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class SessionListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final DateField from = new DateField();
    final DateField to = new DateField();
    final ComboBox<Long> city = new ComboBox<>();
    final ComboBox<Long> topic = new ComboBox<>();
    final Grid<SessionRow> grid = new Grid<>(SessionRow.class, false);
    final Span total = new Span();

    private final TrainingSessionService sessions;

    SessionListView(
            TrainingSessionService sessions,
            TrainingTopicService topics,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.sessions = sessions;
        addClassName("session-list-view");
        setSizeFull();
        var names = new Labels(referenceData, directory.allDisplayNames());
        Map<Long, String> titles = topics.titles();

        Filters.period(from, to);
        var cities = names.reference.citiesWhere(currentUser.scope()::allows);
        Filters.choices(city, "contacts.filter.city", cities);
        Filters.choices(topic, "training.topic", titles);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        city.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(from, to, city, topic);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filter-bar");

        var log = new Button(getTranslation("training.sessions.log"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(SessionFormView.class)));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(
                log, total, Downloads.csv(this, "jcpp-sessions.csv", text -> sessions.exportCsv(filter(), text)));
        toolbar.getStyle().set("flex-wrap", "wrap");
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.addColumn(row -> Formats.date(row.heldOn()))
                .setHeader(getTranslation("training.sessions.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> names.reference.department(row.departmentId()))
                .setHeader(getTranslation("rollcall.department"))
                .setFlexGrow(1);
        grid.addColumn(row -> titles.getOrDefault(row.topicId(), ""))
                .setHeader(getTranslation("training.topic"))
                .setFlexGrow(2);
        grid.addColumn(row -> Formats.number(row.hours()))
                .setHeader(getTranslation("training.sessions.hours"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SessionRow::attendees)
                .setHeader(getTranslation("training.sessions.attendees"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.number(row.rating()))
                .setHeader(getTranslation("training.sessions.rating.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var compact = grid.addColumn(LitRenderer.<SessionRow>of(
                                "<div class='two-line'><strong>${item.when} · ${item.department}</strong>"
                                        + "<span>${item.details}</span></div>")
                        .withProperty("when", row -> Formats.date(row.heldOn()))
                        .withProperty("department", row -> names.reference.department(row.departmentId()))
                        .withProperty(
                                "details",
                                row -> titles.getOrDefault(row.topicId(), "") + " · "
                                        + getTranslation(
                                                "training.sessions.summary",
                                                Formats.number(row.hours()),
                                                row.attendees())))
                .setHeader(getTranslation("nav.training-sessions"));
        compact.setVisible(false);
        Narrow.whenNarrow(grid, () -> grid.getColumns().forEach(column -> column.setVisible(column == compact)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("training.sessions.empty"));
        PagedLists.page(
                grid,
                page -> sessions.rows(filter(), page),
                () -> sessions.count(filter()),
                total,
                "training.sessions.total");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(SessionFormView.class, e.getItem().id())));
        grid.setSizeFull();
        add(PagedLists.foldedOnPhones(filters), toolbar, grid);
    }

    SessionFilter filter() {
        return new SessionFilter(from.getValue(), to.getValue(), city.getValue(), topic.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Addresses.longParameter(event.getLocation(), "topic")
                .filter(topic.getListDataView()::contains)
                .ifPresent(topic::setValue);
        Addresses.applyCityAndPeriod(event.getLocation(), city, from, to);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training-sessions");
    }
}
