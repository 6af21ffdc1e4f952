package org.jcpp.liaison.imports;

/** A mapping the user saved by name, to use again on next month's file. */
public record SavedMapping(long id, String name) {}
