@NullMarked
package org.jcpp.liaison.rollcall;

import org.jspecify.annotations.NullMarked;
