@NullMarked
package org.jcpp.liaison.rollcall.domain;

import org.jspecify.annotations.NullMarked;
