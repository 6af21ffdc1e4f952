package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;

@Route("admin/partners")
@Menu(order = 12, icon = "vaadin:handshake", title = "nav.admin.PARTNER")
@RolesAllowed(Roles.ADMIN)
class PartnersView extends ReferenceListView {

    PartnersView(ReferenceDataService service) {
        super(ReferenceKind.PARTNER, service);
    }

    @Override
    protected void addExtraColumns() {
        grid.addColumn(item -> getTranslation("partner-kind." + item.partnerKind()))
                .setHeader(getTranslation("reference.partner-kind"))
                .setKey("kind")
                .setSortable(true)
                .setAutoWidth(true);
    }
}
