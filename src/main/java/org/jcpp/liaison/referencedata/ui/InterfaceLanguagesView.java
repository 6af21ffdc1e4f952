package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.referencedata.TranslationReviewRow;
import org.jcpp.liaison.referencedata.TranslationReviews;

/**
 * The interface's languages: English is the source; each translation shows whether a native speaker reviewed it, who
 * and when (Somali ships as a draft). An admin records a review, or clears it after the texts changed.
 */
@Route("admin/interface-languages")
@Menu(order = 14.5, icon = "vaadin:globe", title = "nav.admin.interface-languages")
@RolesAllowed(Roles.ADMIN)
class InterfaceLanguagesView extends VerticalLayout implements com.vaadin.flow.router.HasDynamicTitle {

    final Grid<TranslationReviewRow> grid = new Grid<>();
    private final TranslationReviews reviews;
    private final Clock clock;

    InterfaceLanguagesView(TranslationReviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
        addClassName("interface-languages-view");
        add(new Paragraph(getTranslation("translation-review.intro")));
        grid.addColumn(row -> nativeName(row.languageTag()))
                .setHeader(getTranslation("translation-review.language"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::status)
                .setHeader(getTranslation("translation-review.status"))
                .setFlexGrow(2);
        grid.addColumn(row -> row.note() == null ? "" : row.note())
                .setHeader(getTranslation("translation-review.note"))
                .setFlexGrow(2);
        grid.addComponentColumn(row -> {
                    var record = new Button(getTranslation("translation-review.record"), e -> open(row));
                    record.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    record.setAriaLabel(
                            getTranslation("translation-review.record-named", nativeName(row.languageTag())));
                    return record;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setItems(reviews.list());
        add(grid);
        setMaxWidth("70rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.interface-languages");
    }

    /** "Reviewed by Hodan A. on 3 Dec 2026", or that it is a draft. */
    private String status(TranslationReviewRow row) {
        return row.reviewed()
                ? getTranslation("translation-review.reviewed", row.reviewedBy(), Formats.date(row.reviewedOn()))
                : getTranslation("translation-review.draft");
    }

    private static String nativeName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1) + " (" + tag + ")";
    }

    private void open(TranslationReviewRow row) {
        var dialog = new Dialog(getTranslation("translation-review.dialog", nativeName(row.languageTag())));
        var form = new TranslationReviewForm(row, clock);
        dialog.add(form);
        var save =
                new SaveButton(getTranslation("action.save"), () -> form.write().ifPresent(data -> {
                    if (FormErrors.attempt(dialog, form.fields(), () -> reviews.record(data))) {
                        Notices.success(getTranslation("translation-review.saved"));
                        grid.setItems(reviews.list());
                        dialog.close();
                    }
                }));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
        DraftKeeper.keep(dialog, "review-" + row.languageTag());
    }
}
