package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceItem;
import org.jcpp.liaison.referencedata.ReferenceKind;

/** Police departments with their city; a department's dialog also edits its shifts. */
@Route("admin/departments")
@Menu(order = 11, icon = "vaadin:shield", title = "nav.admin.DEPARTMENT")
@RolesAllowed(Roles.ADMIN)
class DepartmentsView extends ReferenceListView {

    DepartmentsView(ReferenceDataService service) {
        super(ReferenceKind.DEPARTMENT, service);
    }

    @Override
    protected void addExtraColumns() {
        grid.addColumn(ReferenceItem::cityName)
                .setHeader(getTranslation("reference.city"))
                .setKey("city.name")
                .setSortable(true)
                .setAutoWidth(true);
    }
}
