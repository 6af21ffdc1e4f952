package org.jcpp.liaison.cities.domain;

public interface TopicRepository extends NamedItemRepository<Topic> {}
