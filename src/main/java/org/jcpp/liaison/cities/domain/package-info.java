@NullMarked
package org.jcpp.liaison.cities.domain;

import org.jspecify.annotations.NullMarked;
