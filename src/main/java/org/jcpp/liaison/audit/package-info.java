/**
 * The audit trail: every create, change and delete of a record, every view of a record that names a person, every
 * sign-in. Other modules write to it through {@link org.jcpp.liaison.audit.AuditTrail} in their own transactions.
 */
@NullMarked
package org.jcpp.liaison.audit;

import org.jspecify.annotations.NullMarked;
