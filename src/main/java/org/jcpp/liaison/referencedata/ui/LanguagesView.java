package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;

@Route("admin/languages")
@Menu(order = 14, icon = "vaadin:comments", title = "nav.admin.LANGUAGE")
@RolesAllowed(Roles.ADMIN)
class LanguagesView extends ReferenceListView {

    LanguagesView(ReferenceDataService service) {
        super(ReferenceKind.LANGUAGE, service);
    }
}
