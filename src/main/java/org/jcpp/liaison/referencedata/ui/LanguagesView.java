package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jcpp.liaison.base.InterfaceLanguages;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.referencedata.LanguageNames;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceItem;
import org.jcpp.liaison.referencedata.ReferenceKind;

/**
 * Languages with their ISO 639-3 code, and the name a reader of each other interface language sees (so an admin sees
 * where a name falls back to the stored English one and a translation is wanted).
 */
@Route("admin/languages")
@Menu(order = 14, icon = "vaadin:comments", title = "nav.admin.LANGUAGE")
@RolesAllowed(Roles.ADMIN)
class LanguagesView extends ReferenceListView {

    LanguagesView(ReferenceDataService service) {
        super(ReferenceKind.LANGUAGE, service);
    }

    @Override
    protected void addExtraColumns() {
        grid.addColumn(item -> item.code() == null ? getTranslation("reference.code.none") : item.code())
                .setHeader(getTranslation("reference.code"))
                .setKey("code")
                .setSortable(true)
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(LanguagesView::otherNames)
                .setHeader(getTranslation("reference.code.shown"))
                .setFlexGrow(2);
    }

    /** "somalí · Soomaali": the name in each interface language but English. */
    private static String otherNames(ReferenceItem item) {
        return InterfaceLanguages.ALL.stream()
                .filter(l -> !l.getLanguage().equals(Locale.ENGLISH.getLanguage()))
                .map(l -> LanguageNames.inLanguage(item.code(), item.name(), l))
                .collect(Collectors.joining(" · "));
    }
}
