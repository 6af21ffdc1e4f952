package org.jcpp.liaison.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of record the app names: in the audit trail (its {@code record_type}, as {@link #code()}), in "not found"
 * and "changed by someone else" refusals, and in the audit view's filter. An enum, so that a typo cannot make a new
 * kind of record in the trail. A reference list's kind has the list's name ({@code ReferenceKind}).
 */
public enum RecordType {
    CONTACT,
    NEED,
    /** A named person (only in refusals: the trail names a person by its own column, never as a record). */
    PERSON,
    ACCOUNT,
    CITY,
    DEPARTMENT,
    SHIFT,
    PARTNER,
    COMMUNITY_GROUP,
    LANGUAGE,
    TOPIC,
    TRAINING_TOPIC,
    TRAINING_SESSION,
    ROLL_CALL_BRIEFING,
    OUTREACH_EVENT,
    OUTREACH_SERIES,
    CALENDAR_FEED,
    /** What a group of the organisation's sign-on gives in the app. */
    SIGN_ON_GROUP,
    /** A spreadsheet brought in (its file, mapping, counts; its records carry its id). */
    IMPORT_BATCH,
    /** A city's Multicultural Advisory Committee. */
    ADVISORY_COMMITTEE,
    /** A member of an advisory committee (named, with how to reach them). */
    COMMITTEE_MEMBER,
    COMMITTEE_MEETING,
    /** A committee's recommendation or concern, and what the department did with it. */
    RECOMMENDATION,
    /** A department's account with its interpreter vendor, mapped once so its usage reports find the department. */
    INTERPRETER_ACCOUNT,
    /** Who reviewed an interface translation as a native speaker, and when. */
    TRANSLATION_REVIEW,
    /** A version of the data-use notice residents are given, and the day it is given from. */
    NOTICE_VERSION,
    /** One language's text of a data-use notice version, its translator and native-speaker review. */
    NOTICE_TEXT,
    /** A person's mail address and the mail they chose. */
    MAIL_SETTINGS,
    /** A short anonymous survey of a member city (its questions; never an answer, which names no one). */
    SURVEY,
    /** The partnership's public page: whether it is published and which figures it shows. */
    PUBLIC_PAGE,
    /** A report or export (its detail says which). */
    REPORT;

    /** As stored in the trail and used in message keys: lower case, words joined by '-' ({@code roll-call-briefing}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kinds the audit trail writes, for its filter. */
    public static List<RecordType> audited() {
        return Arrays.stream(values()).filter(t -> t != PERSON).toList();
    }
}
