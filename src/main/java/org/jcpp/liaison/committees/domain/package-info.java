@NullMarked
package org.jcpp.liaison.committees.domain;

import org.jspecify.annotations.NullMarked;
