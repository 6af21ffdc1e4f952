package org.jcpp.liaison.training;

/** A topic as forms offer it: its title and the revision current now. */
public record TopicRef(long id, String title, int revision, TopicStatus status) {}
