@NullMarked
package org.jcpp.liaison.cities;

import org.jspecify.annotations.NullMarked;
