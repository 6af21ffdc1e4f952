package org.jcpp.liaison.surveys.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.surveys.SurveyRow;
import org.jcpp.liaison.surveys.SurveyService;

/** The trust surveys of the user's cities, newest first: their days, whether they take answers, how many. Paged. */
@Route("surveys")
@Menu(order = 6.8, icon = "vaadin:clipboard-check", title = "nav.surveys")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class SurveyListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SurveyRow> grid = new Grid<>(SurveyRow.class, false);
    final Span total = new Span();

    SurveyListView(SurveyService surveys, ReferenceDataService referenceData, AccountDirectory directory) {
        addClassName("survey-list-view");
        setSizeFull();
        var names = new Labels(referenceData, directory.allDisplayNames());
        grid.addColumn(SurveyRow::title)
                .setHeader(getTranslation("survey.title"))
                .setFlexGrow(2);
        grid.addColumn(row -> names.reference.city(row.cityId()))
                .setHeader(getTranslation("contacts.city"))
                .setFlexGrow(1);
        grid.addColumn(this::days)
                .setHeader(getTranslation("survey.days"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> getTranslation("survey.standing." + row.standing().name()))
                .setHeader(getTranslation("survey.standing"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SurveyRow::answers)
                .setHeader(getTranslation("survey.answers"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var compact = grid.addColumn(LitRenderer.<SurveyRow>of(
                                "<div class='two-line'><strong>${item.name}</strong><span>${item.details}</span></div>")
                        .withProperty("name", row -> row.title() + " · " + names.reference.city(row.cityId()))
                        .withProperty(
                                "details",
                                row -> days(row) + " · "
                                        + getTranslation("survey.standing."
                                                + row.standing().name()) + " · "
                                        + getTranslation("survey.answers.n", row.answers())))
                .setHeader(getTranslation("nav.surveys"));
        compact.setVisible(false);
        Narrow.whenNarrow(grid, () -> grid.getColumns().forEach(column -> column.setVisible(column == compact)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("survey.empty"));
        PagedLists.page(grid, surveys::rows, surveys::count, total, "survey.total");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(SurveyView.class, e.getItem().id())));
        var create = new com.vaadin.flow.component.button.Button(
                getTranslation("survey.new.button"),
                com.vaadin.flow.component.icon.VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SurveyFormView.class)));
        create.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-survey");
        add(new Paragraph(getTranslation("survey.list.intro")), create, total, grid);
    }

    private String days(SurveyRow row) {
        return SurveyDays.of(this, row.opensOn(), row.closesOn());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.surveys");
    }
}
