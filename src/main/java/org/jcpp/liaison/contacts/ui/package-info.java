@NullMarked
package org.jcpp.liaison.contacts.ui;

import org.jspecify.annotations.NullMarked;
