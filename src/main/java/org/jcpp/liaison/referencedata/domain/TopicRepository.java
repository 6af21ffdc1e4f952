package org.jcpp.liaison.referencedata.domain;

public interface TopicRepository extends NamedItemRepository<Topic> {}
