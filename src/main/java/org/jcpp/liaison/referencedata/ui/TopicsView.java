package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;

@Route("admin/topics")
@Menu(order = 15, icon = "vaadin:tags", title = "nav.admin.TOPIC")
@RolesAllowed(Roles.ADMIN)
class TopicsView extends ReferenceListView {

    TopicsView(ReferenceDataService service) {
        super(ReferenceKind.TOPIC, service);
    }
}
