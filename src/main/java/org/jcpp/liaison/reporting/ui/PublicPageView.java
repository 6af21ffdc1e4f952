package org.jcpp.liaison.reporting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.Map;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.FormActions;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.reporting.PublicPageData;
import org.jcpp.liaison.reporting.PublicPageSettings;

/**
 * An admin publishes the partnership's public page ({@code /partnership}) and chooses which figures it shows; each
 * change is audited. Off until published.
 */
@Route("admin/public-page")
@Menu(order = 15.7, icon = "vaadin:globe-wire", title = "public-page.nav")
@RolesAllowed(Roles.ADMIN)
class PublicPageView extends VerticalLayout implements HasDynamicTitle, KeepsDrafts {

    /** The figures an admin may publish, as the settings name them. */
    enum Shown {
        CONTACTS,
        LANGUAGES,
        BRIEFINGS,
        TRAINING,
        EVENTS,
        COMMITTEES,
        SURVEYS
    }

    final Checkbox published = new Checkbox();
    final CheckboxGroup<Shown> figures = new CheckboxGroup<>();
    final SaveButton save = new SaveButton("", this::save);

    private final PublicPageSettings settings;
    private PublicPageData stored;

    PublicPageView(PublicPageSettings settings) {
        this.settings = settings;
        addClassName("public-page-view");
        setMaxWidth("48rem");
        published.setLabel(getTranslation("public-page.published"));
        figures.setLabel(getTranslation("public-page.figures"));
        figures.setItems(Shown.values());
        figures.setItemLabelGenerator(
                s -> getTranslation("public-page.show." + s.name().toLowerCase(java.util.Locale.ROOT)));
        figures.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        var open = new Anchor("partnership", getTranslation("public-page.open"));
        open.setTarget(AnchorTarget.BLANK);
        stored = settings.current();
        show(stored);
        add(
                new Paragraph(getTranslation("public-page.intro")),
                published,
                figures,
                open,
                FormActions.buttons(this, save, "public-page.save", () -> show(settings.current())));
    }

    private void show(PublicPageData data) {
        stored = data;
        published.setValue(data.published());
        var chosen = new LinkedHashSet<Shown>();
        Map.of(
                        Shown.CONTACTS, data.showContacts(),
                        Shown.LANGUAGES, data.showLanguages(),
                        Shown.BRIEFINGS, data.showBriefings(),
                        Shown.TRAINING, data.showTraining(),
                        Shown.EVENTS, data.showEvents(),
                        Shown.COMMITTEES, data.showCommittees(),
                        Shown.SURVEYS, data.showSurveys())
                .forEach((shown, on) -> {
                    if (on) {
                        chosen.add(shown);
                    }
                });
        figures.setValue(chosen);
    }

    private void save() {
        var chosen = figures.getValue();
        var data = new PublicPageData(
                stored.version(),
                published.getValue(),
                chosen.contains(Shown.CONTACTS),
                chosen.contains(Shown.LANGUAGES),
                chosen.contains(Shown.BRIEFINGS),
                chosen.contains(Shown.TRAINING),
                chosen.contains(Shown.EVENTS),
                chosen.contains(Shown.COMMITTEES),
                chosen.contains(Shown.SURVEYS));
        FormActions.send(this, Map.of(), () -> settings.save(data), "public-page.saved", this::show);
    }

    @Override
    public Long draftRecordVersion() {
        return stored.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public-page.nav");
    }
}
