@NullMarked
package org.jcpp.liaison.rollcall.ui;

import org.jspecify.annotations.NullMarked;
