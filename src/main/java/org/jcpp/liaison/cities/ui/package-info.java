@NullMarked
package org.jcpp.liaison.cities.ui;

import org.jspecify.annotations.NullMarked;
