package org.jcpp.liaison.datapractices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.datapractices.RetentionService;

/** Retention for admins: the rules in force, what a run today would do (dry run), a run on demand, and the log. */
@Route("admin/retention")
@Menu(order = 21, icon = "vaadin:time-backward", title = "nav.admin.retention")
@RolesAllowed(Roles.ADMIN)
class RetentionView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph rules = new Paragraph();
    final Paragraph due = new Paragraph();
    final Button run = new Button();
    final Grid<RetentionService.Run> log = new Grid<>();
    private final RetentionService retention;

    RetentionView(RetentionService retention) {
        this.retention = retention;
        addClassName("retention-view");
        setSizeFull();
        run.setText(getTranslation("retention.run"));
        run.addThemeVariants(ButtonVariant.LUMO_ERROR);
        run.addClickListener(e -> confirmRun());

        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        log.addColumn(r -> format.format(r.at()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        log.addColumn(RetentionService.Run::startedBy).setHeader(getTranslation("retention.started-by"));
        log.addColumn(RetentionService.Run::personsErased).setHeader(getTranslation("retention.persons-erased"));
        log.addColumn(RetentionService.Run::summariesRemoved).setHeader(getTranslation("retention.texts-removed"));
        log.setEmptyStateText(getTranslation("retention.no-runs"));
        log.setItems(query -> retention.log(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        log.setSizeFull();

        add(new H2(getTranslation("retention.rules")), rules, new H2(getTranslation("retention.preview")), due, run);
        add(new H2(getTranslation("retention.log")), log);
        showPreview();
    }

    private void showPreview() {
        var preview = retention.preview();
        rules.setText(getTranslation("retention.rules.text", preview.personYears(), preview.summaryYears()));
        due.setText(getTranslation(
                "retention.due",
                preview.personsDue(),
                preview.summariesDue(),
                org.jcpp.liaison.base.ui.Formats.date(preview.summaryCutoff())));
    }

    private void confirmRun() {
        var preview = retention.preview();
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("retention.run"));
        dialog.setText(getTranslation("retention.confirm", preview.personsDue(), preview.summariesDue()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("retention.run"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                var done = retention.runNow();
                Notices.success(getTranslation("retention.done", done.personsErased(), done.summariesRemoved()));
            } catch (org.jcpp.liaison.base.InvalidInputException busy) {
                Notices.error(getTranslation(busy.messageKey()));
            }
            showPreview();
            log.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.retention");
    }
}
