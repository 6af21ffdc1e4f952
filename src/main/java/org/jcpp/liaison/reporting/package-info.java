/** Reporting: the dashboard, its exports and reports, and the monthly summaries they read. */
@NullMarked
package org.jcpp.liaison.reporting;

import org.jspecify.annotations.NullMarked;
