/**
 * The reference lists an admin keeps and every other module refers to by id: member cities, police departments and
 * their shifts, partner organizations, community groups, languages and contact topics, and the names they are shown
 * by ({@link org.jcpp.liaison.referencedata.Labels}).
 */
@NullMarked
package org.jcpp.liaison.referencedata;

import org.jspecify.annotations.NullMarked;
