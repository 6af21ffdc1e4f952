package org.jcpp.liaison.referencedata;

import java.time.LocalDate;

/**
 * A notice version in the admin's list: when it is given from, whether it is the one in force or one given before it
 * (superseded: its texts stay as given), and how many of its texts are reviewed.
 */
public record NoticeVersionRow(
        long id,
        long version,
        String code,
        LocalDate inForceFrom,
        boolean inForce,
        boolean superseded,
        int texts,
        int reviewed) {}
