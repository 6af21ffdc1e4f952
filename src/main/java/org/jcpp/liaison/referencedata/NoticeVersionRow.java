package org.jcpp.liaison.referencedata;

import java.time.LocalDate;

/** A notice version in the admin's list: when it is given from, whether it is the one in force, and its texts. */
public record NoticeVersionRow(
        long id, long version, String code, LocalDate inForceFrom, boolean inForce, int texts, int reviewed) {}
