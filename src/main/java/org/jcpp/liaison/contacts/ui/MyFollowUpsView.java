package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;

/** The needs I own that are still open, overdue first. */
@Route("follow-ups")
@Menu(order = 2, icon = "vaadin:check-square-o", title = "nav.follow-ups")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class MyFollowUpsView extends VerticalLayout implements HasDynamicTitle {

    final NeedGrid grid;
    final Span total = new Span();

    MyFollowUpsView(NeedService needs, ReferenceDataService referenceData, AccountDirectory directory) {
        addClassName("follow-ups-view");
        setSizeFull();
        grid = new NeedGrid(new Labels(referenceData, directory.allDisplayNames()));
        grid.setEmptyStateText(getTranslation("follow-ups.empty"));
        grid.setItems(
                query -> needs.myFollowUps(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> {
                    long count = needs.countMyFollowUps();
                    total.setText(getTranslation("follow-ups.total", count));
                    return (int) Math.min(Integer.MAX_VALUE, count);
                });
        add(total, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.follow-ups");
    }
}
