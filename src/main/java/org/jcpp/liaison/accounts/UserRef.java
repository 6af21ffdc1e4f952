package org.jcpp.liaison.accounts;

/** A user by id and name, for choosing an owner or a liaison in a form. */
public record UserRef(long id, String displayName) {}
