package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;

@Route("admin/community-groups")
@Menu(order = 13, icon = "vaadin:users", title = "nav.admin.COMMUNITY_GROUP")
@RolesAllowed(Roles.ADMIN)
class CommunityGroupsView extends ReferenceListView {

    CommunityGroupsView(ReferenceDataService service) {
        super(ReferenceKind.COMMUNITY_GROUP, service);
    }
}
