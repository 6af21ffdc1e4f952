package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;

@Route("admin/cities")
@Menu(order = 10, icon = "vaadin:building", title = "nav.admin.CITY")
@RolesAllowed(Roles.ADMIN)
class CitiesView extends ReferenceListView {

    CitiesView(ReferenceDataService service) {
        super(ReferenceKind.CITY, service);
    }
}
