@NullMarked
package org.jcpp.liaison.contacts.domain;

import org.jspecify.annotations.NullMarked;
