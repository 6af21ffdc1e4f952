package org.jcpp.liaison.cities.domain;

public interface CommunityGroupRepository extends NamedItemRepository<CommunityGroup> {}
