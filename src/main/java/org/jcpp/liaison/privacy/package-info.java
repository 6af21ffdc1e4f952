/**
 * Data practices: the retention job and its log. (The audit trail is its own module, which every module writes to;
 * this one reads the other modules' retention APIs, so it is kept apart to avoid a dependency cycle.)
 */
@NullMarked
package org.jcpp.liaison.privacy;

import org.jspecify.annotations.NullMarked;
