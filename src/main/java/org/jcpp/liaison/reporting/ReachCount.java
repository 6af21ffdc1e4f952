package org.jcpp.liaison.reporting;

/** Contacts and people reached in one language or community group (by id) in the period. */
public record ReachCount(long id, int contacts, int people) {}
