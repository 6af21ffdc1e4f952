package org.jcpp.liaison.cities.domain;

public interface PartnerOrganisationRepository extends NamedItemRepository<PartnerOrganisation> {}
