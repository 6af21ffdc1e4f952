package org.jcpp.liaison.referencedata.domain;

public interface PartnerOrganisationRepository extends NamedItemRepository<PartnerOrganisation> {}
