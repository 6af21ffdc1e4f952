/**
 * Data practices: how the app treats personal data, in one place. The trust rules every module follows (what each
 * field is, {@link org.jcpp.liaison.datapractices.Classified}; what the audit trail keeps of it, {@link
 * org.jcpp.liaison.datapractices.Classification}; how small counts are kept out of reports, {@link
 * org.jcpp.liaison.datapractices.Suppression}; how exports are written, {@link org.jcpp.liaison.datapractices.CsvFile}),
 * retention (the nightly job, its preview and log) and residents' requests (find, read, export, erase a named person).
 *
 * <p>Every module depends on this one, so it depends on none of them: the modules that hold personal data implement
 * its {@link org.jcpp.liaison.datapractices.RetentionTask} and {@link org.jcpp.liaison.datapractices.PersonFiles},
 * and write their own audit entries.
 */
@NullMarked
package org.jcpp.liaison.datapractices;

import org.jspecify.annotations.NullMarked;
