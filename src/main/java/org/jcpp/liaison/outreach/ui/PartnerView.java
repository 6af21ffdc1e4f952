package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.contacts.NeedFilter;
import org.jcpp.liaison.contacts.NeedRow;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.outreach.EventFilter;
import org.jcpp.liaison.outreach.EventRow;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.referencedata.ReferenceNames;

/**
 * A partner organisation's page: the events held with it and the needs referred to it, in the user's cities. Both
 * lists page in the database.
 */
@Route("partner")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class PartnerView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 title = new H2();
    final Grid<EventRow> events = new Grid<>(EventRow.class, false);
    final Span eventTotal = new Span();
    final Grid<NeedRow> referrals = new Grid<>(NeedRow.class, false);
    final Span referralTotal = new Span();

    private final OutreachService outreach;
    private final NeedService needs;
    private final Map<Long, String> partners;
    private final ReferenceNames names;
    private long partnerId;

    PartnerView(OutreachService outreach, NeedService needs, ReferenceDataService referenceData) {
        this.outreach = outreach;
        this.needs = needs;
        this.partners = referenceData.names(ReferenceKind.PARTNER);
        this.names = referenceData.referenceNames();
        addClassName("partner-view");

        events.addColumn(row -> Formats.dateTime(row.startsAt()))
                .setHeader(getTranslation("outreach.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(EventRow::title)
                .setHeader(getTranslation("outreach.title"))
                .setFlexGrow(3);
        events.addColumn(row -> names.city(row.cityId())).setHeader(getTranslation("contacts.city"));
        events.addColumn(row -> Formats.enumLabel(this, row.status())).setHeader(getTranslation("outreach.status"));
        events.addColumn(row -> row.attendance() == null ? "" : String.valueOf(row.attendance()))
                .setHeader(getTranslation("outreach.attendance.short"));
        var compactEvent = events.addColumn(LitRenderer.<EventRow>of(
                                "<div class='two-line'><strong>${item.title}</strong><span>${item.details}</span></div>")
                        .withProperty("title", EventRow::title)
                        .withProperty(
                                "details",
                                row -> Formats.dateTime(row.startsAt()) + " · " + names.city(row.cityId()) + " · "
                                        + Formats.enumLabel(this, row.status())))
                .setHeader(getTranslation("partners.events"));
        compactEvent.setVisible(false);
        Narrow.whenNarrow(events, () -> events.getColumns().forEach(c -> c.setVisible(c == compactEvent)));
        events.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        events.setEmptyStateText(getTranslation("partners.no-events"));
        events.setHeight("22em");
        events.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(EventView.class, e.getItem().id())));

        referrals
                .addColumn(row -> Formats.enumLabel(this, row.category()))
                .setHeader(getTranslation("need.category"))
                .setAutoWidth(true);
        referrals.addColumn(row -> names.city(row.cityId())).setHeader(getTranslation("contacts.city"));
        referrals.addColumn(row -> Formats.enumLabel(this, row.status())).setHeader(getTranslation("need.status"));
        referrals
                .addColumn(row -> Formats.excerpt(row.description(), 100))
                .setHeader(getTranslation("need.description"))
                .setFlexGrow(3);
        var compactNeed = referrals
                .addColumn(
                        LitRenderer.<NeedRow>of("<div class='two-line'><strong>${item.category} · ${item.city}</strong>"
                                        + "<span>${item.details}</span></div>")
                                .withProperty("category", row -> Formats.enumLabel(this, row.category()))
                                .withProperty("city", row -> names.city(row.cityId()))
                                .withProperty(
                                        "details",
                                        row -> Formats.enumLabel(this, row.status()) + " · "
                                                + Formats.excerpt(row.description(), 100)))
                .setHeader(getTranslation("partners.referrals"));
        compactNeed.setVisible(false);
        Narrow.whenNarrow(referrals, () -> referrals.getColumns().forEach(c -> c.setVisible(c == compactNeed)));
        referrals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        referrals.setEmptyStateText(getTranslation("partners.no-referrals"));
        referrals.setHeight("22em");
        referrals.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("need/" + e.getItem().id())));

        add(
                title,
                new H3(getTranslation("partners.events")),
                eventTotal,
                events,
                new H3(getTranslation("partners.referrals")),
                referralTotal,
                referrals);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (!partners.containsKey(id)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        partnerId = id;
        title.setText(partners.get(id));
        PagedLists.page(
                events,
                page -> outreach.rows(EventFilter.ANY.withPartner(partnerId), page),
                () -> outreach.count(EventFilter.ANY.withPartner(partnerId)),
                eventTotal,
                "outreach.total");
        PagedLists.page(
                referrals,
                page -> needs.rows(NeedFilter.referredTo(partnerId), page),
                () -> needs.count(NeedFilter.referredTo(partnerId)),
                referralTotal,
                "needs.total");
    }

    @Override
    public String getPageTitle() {
        return partners.getOrDefault(partnerId, getTranslation("nav.partners"));
    }
}
