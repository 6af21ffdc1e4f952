@NullMarked
package org.jcpp.liaison.committees;

import org.jspecify.annotations.NullMarked;
