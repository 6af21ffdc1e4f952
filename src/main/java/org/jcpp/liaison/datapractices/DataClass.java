package org.jcpp.liaison.datapractices;

/**
 * How sensitive a field is (Minnesota Government Data Practices Act terms, simplified):
 *
 * <ul>
 *   <li>PUBLIC: may leave the app in reports and exports (dates, cities, kinds, counts, languages, statuses);
 *   <li>PRIVATE: for staff whose work needs it, never in reports (summaries, need texts, who owns what);
 *   <li>CONFIDENTIAL: identifies a resident (name, how to reach them, address): shown only to the liaisons and
 *       coordinators of the record's city and to an admin answering that resident's request, never copied into the
 *       audit trail or a report.
 * </ul>
 */
public enum DataClass {
    PUBLIC,
    PRIVATE,
    CONFIDENTIAL
}
