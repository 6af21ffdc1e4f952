package org.jcpp.liaison.referencedata.domain;

public interface CommunityGroupRepository extends NamedItemRepository<CommunityGroup> {}
