package org.jcpp.liaison.languageaccess;

/** A mapped vendor account, as the list shows it. */
public record InterpreterAccountRow(long id, long version, String vendor, String account, long departmentId) {}
