@NullMarked
package org.jcpp.liaison.contacts;

import org.jspecify.annotations.NullMarked;
