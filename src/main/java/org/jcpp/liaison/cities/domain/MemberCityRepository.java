package org.jcpp.liaison.cities.domain;

public interface MemberCityRepository extends NamedItemRepository<MemberCity> {}
