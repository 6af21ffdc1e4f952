package org.jcpp.liaison.referencedata;

import java.util.Map;
import org.jcpp.liaison.base.DemoData;
import org.jcpp.liaison.referencedata.domain.PartnerOrganisation;
import org.jcpp.liaison.referencedata.domain.PartnerOrganisationRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo partners beside the seeded county and council: food shelves, faith communities, a school, a nonprofit. */
@Component
@Order(5)
class ReferenceDemoData implements ApplicationRunner {

    static final Map<String, PartnerKind> DEMO_PARTNERS = Map.of(
            "Northside Community Food Shelf", PartnerKind.FOOD_SHELF,
            "La Familia Food Shelf", PartnerKind.FOOD_SHELF,
            "Iglesia Nueva Esperanza", PartnerKind.FAITH_COMMUNITY,
            "Al-Noor Islamic Community Center", PartnerKind.FAITH_COMMUNITY,
            "Northwest Suburban Adult Education", PartnerKind.SCHOOL,
            "Hmong Family Resource Center", PartnerKind.NONPROFIT);

    private final DemoData demoData;
    private final PartnerOrganisationRepository partners;

    ReferenceDemoData(DemoData demoData, PartnerOrganisationRepository partners) {
        this.demoData = demoData;
        this.partners = partners;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoData.enabled()) {
            return;
        }
        DEMO_PARTNERS.forEach((name, kind) -> {
            if (!partners.existsByNameIgnoreCase(name)) {
                var partner = new PartnerOrganisation();
                partner.setName(name);
                partner.setKind(kind);
                partners.save(partner);
            }
        });
    }
}
