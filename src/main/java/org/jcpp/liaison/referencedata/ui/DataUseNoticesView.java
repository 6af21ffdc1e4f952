package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.referencedata.DataUseNotice;
import org.jcpp.liaison.referencedata.DataUseNotices;
import org.jcpp.liaison.referencedata.LanguageNames;
import org.jcpp.liaison.referencedata.NoticeTextRow;
import org.jcpp.liaison.referencedata.NoticeVersionRow;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jspecify.annotations.Nullable;

/**
 * The data-use notice's versions and their texts by language, kept by admins: each text with its translator and
 * whether a native speaker reviewed it (a draft otherwise). Liaisons are given the version in force.
 */
@Route("admin/notices")
@Menu(order = 14.6, icon = "vaadin:file-text-o", title = "nav.admin.notices")
@RolesAllowed(Roles.ADMIN)
class DataUseNoticesView extends VerticalLayout implements HasDynamicTitle {

    final Select<NoticeVersionRow> version = new Select<>();
    final Grid<NoticeTextRow> grid = new Grid<>();
    final Button addLanguage = new Button();
    final Button newVersion = new Button();
    private final Span summary = new Span();
    private final DataUseNotices notices;
    private final ReferenceDataService referenceData;
    private final Clock clock;
    private @Nullable DataUseNotice shown;
    private @Nullable NoticeVersionRow shownRow;
    private final Paragraph supersededNote = new Paragraph();

    DataUseNoticesView(DataUseNotices notices, ReferenceDataService referenceData, Clock clock) {
        this.notices = notices;
        this.referenceData = referenceData;
        this.clock = clock;
        addClassName("data-use-notices-view");
        setMaxWidth("80rem");
        supersededNote.setText(getTranslation("notices.superseded"));
        supersededNote.addClassName("notice-superseded");
        supersededNote.setVisible(false);
        add(new Paragraph(getTranslation("notices.intro")), toolbar(), summary, supersededNote, grid());
        showVersions(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.notices");
    }

    private HorizontalLayout toolbar() {
        version.setLabel(getTranslation("notices.version"));
        version.setWidth("min(24rem, 100%)");
        version.setItemLabelGenerator(v -> getTranslation(
                v.inForce()
                        ? "notices.version.item-in-force"
                        : v.superseded() ? "notices.version.item-superseded" : "notices.version.item",
                v.code(),
                Formats.date(v.inForceFrom())));
        version.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        addLanguage.setText(getTranslation("notices.add-language"));
        addLanguage.setIcon(VaadinIcon.PLUS.create());
        addLanguage.addClickListener(e -> openText(null));
        newVersion.setText(getTranslation("notices.new-version"));
        newVersion.addClickListener(e -> openVersion());
        var toolbar = new HorizontalLayout(version, addLanguage, newVersion);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        return toolbar;
    }

    private Grid<NoticeTextRow> grid() {
        // one column for the language, its review and its words, so that a phone shows them whole
        grid.addComponentColumn(row -> {
                    var name = new Span(languageName(row.languageCode()) + " (" + row.languageCode() + ")");
                    name.addClassName("notice-language");
                    name.getStyle().set("font-weight", "600");
                    var status = new Span(
                            row.reviewed()
                                    ? getTranslation(
                                            "notices.reviewed", row.reviewedBy(), Formats.date(row.reviewedOn()))
                                    : getTranslation("notices.draft"));
                    status.getElement().getThemeList().add(row.reviewed() ? "badge success" : "badge warning");
                    status.addClassName("notice-review");
                    var heading = new Div(name, status);
                    heading.getStyle()
                            .set("display", "flex")
                            .set("flex-wrap", "wrap")
                            .set("gap", "0.5rem");
                    var translator = new Div(getTranslation("notices.translated-by.line", row.translatedBy()));
                    translator.addClassName("secondary");
                    var text = new Paragraph(row.text());
                    text.getElement().setAttribute("lang", LanguageNames.tag(row.languageCode()));
                    text.addClassName("notice-text");
                    return new Div(heading, translator, text);
                })
                .setHeader(getTranslation("notices.text"))
                .setFlexGrow(1);
        grid.addComponentColumn(row -> {
                    var edit = new Button(getTranslation("reference.edit"), e -> openText(row));
                    edit.setVisible(editable());
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel(getTranslation("notices.edit-named", inSentence(row.languageCode())));
                    return edit;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("notices.empty"));
        return grid;
    }

    /** Lists the versions again and shows the chosen one (else the one in force). */
    private void showVersions(@Nullable Long chosen) {
        List<NoticeVersionRow> versions = notices.versions();
        version.setItems(versions);
        versions.stream()
                .filter(v -> chosen == null ? v.inForce() : v.id() == chosen)
                .findFirst()
                .or(() -> versions.stream().findFirst())
                .ifPresent(version::setValue);
    }

    private void show(NoticeVersionRow row) {
        var notice = notices.version(row.id());
        shown = notice;
        shownRow = row;
        addLanguage.setEnabled(editable());
        supersededNote.setVisible(row.superseded());
        var collator = java.text.Collator.getInstance(Formats.locale());
        grid.setItems(notice.texts().stream()
                .sorted(java.util.Comparator.comparing((NoticeTextRow t) -> languageName(t.languageCode()), collator))
                .toList());
        long reviewed = notice.texts().stream().filter(NoticeTextRow::reviewed).count();
        summary.setText(getTranslation("notices.summary", notice.texts().size(), reviewed));
    }

    private String languageName(String code) {
        return referenceData.languageName(code, Formats.locale());
    }

    private String inSentence(String code) {
        return LanguageNames.inSentence(languageName(code), Formats.locale());
    }

    /** A version given before the one in force keeps its texts as they were given. */
    private boolean editable() {
        return shownRow == null || !shownRow.superseded();
    }

    private void openText(@Nullable NoticeTextRow row) {
        var notice = shown;
        if (notice == null) {
            return;
        }
        List<String> languages = row != null
                ? List.of(row.languageCode())
                : notices.languages().stream()
                        .map(l -> java.util.Objects.requireNonNull(l.code()))
                        .filter(code -> notice.text(code).isEmpty())
                        .sorted(java.util.Comparator.comparing(
                                this::languageName, java.text.Collator.getInstance(Formats.locale())))
                        .toList();
        var dialog = new Dialog(
                row == null
                        ? getTranslation("notices.add-language")
                        : getTranslation("notices.edit-title", inSentence(row.languageCode())));
        var form = new NoticeTextForm(notice.id(), row, languages, this::languageName, clock);
        dialog.add(form);
        dialog.setWidth("min(48rem, 100%)");
        var save =
                new SaveButton(getTranslation("action.save"), () -> form.write().ifPresent(data -> {
                    if (FormErrors.attempt(dialog, form.fields(), () -> notices.saveText(data))) {
                        Notices.success(getTranslation("notices.saved", inSentence(data.languageCode())));
                        showVersions(notice.id());
                        dialog.close();
                    }
                }));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
        // a new language's text and each stored text (at the version opened) keep their drafts apart
        DraftKeeper.keep(
                dialog,
                row == null ? "notice-text-new-" + notice.id() : "notice-text-" + row.id() + "-v" + row.version());
    }

    private void openVersion() {
        var notice = shown;
        if (notice == null) {
            return;
        }
        var dialog = new Dialog(getTranslation("notices.new-version"));
        var form = new NoticeVersionForm(notice.id(), clock);
        dialog.add(form);
        dialog.setWidth("min(36rem, 100%)");
        var save =
                new SaveButton(getTranslation("action.save"), () -> form.write().ifPresent(data -> {
                    var started = new NoticeVersionRow[1];
                    if (FormErrors.attempt(dialog, form.fields(), () -> started[0] = notices.startVersion(data))) {
                        Notices.success(
                                getTranslation("notices.version.started", started[0].code(), started[0].texts()));
                        showVersions(started[0].id());
                        dialog.close();
                    }
                }));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
        DraftKeeper.keep(dialog, "notice-version");
    }
}
