package org.jcpp.liaison.referencedata;

/** One shift of a police department (Day, Middle, Night ...), in the order roll-calls happen. */
public record ShiftRow(long id, long version, long departmentId, String name, int sortOrder, boolean active) {

    public static final int NAME_MAX = 50;
}
