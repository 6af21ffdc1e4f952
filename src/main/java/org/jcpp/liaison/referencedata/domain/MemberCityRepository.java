package org.jcpp.liaison.referencedata.domain;

public interface MemberCityRepository extends NamedItemRepository<MemberCity> {}
