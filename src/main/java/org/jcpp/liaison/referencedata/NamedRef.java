package org.jcpp.liaison.referencedata;

/** A reference entry by id and name, for choosing it in another module's form. */
public record NamedRef(long id, String name) {}
