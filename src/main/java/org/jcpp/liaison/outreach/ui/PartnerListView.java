package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.referencedata.NamedRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;

/** The partner organisations (a program has a few dozen), each leading to its events and referrals. */
@Route("partners")
@Menu(order = 4.9, icon = "vaadin:handshake", title = "nav.partners")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class PartnerListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<NamedRef> grid = new Grid<>(NamedRef.class, false);

    PartnerListView(ReferenceDataService referenceData) {
        addClassName("partner-list-view");
        setSizeFull();
        grid.addColumn(NamedRef::name).setHeader(getTranslation("partners.name"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("partners.empty"));
        grid.setItems(referenceData.active(ReferenceKind.PARTNER));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(PartnerView.class, e.getItem().id())));
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.partners");
    }
}
