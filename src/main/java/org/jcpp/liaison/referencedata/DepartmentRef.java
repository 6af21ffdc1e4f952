package org.jcpp.liaison.referencedata;

/** A police department with the member city it serves, for forms and coverage views of other modules. */
public record DepartmentRef(long id, String name, long cityId, boolean active) {}
