@NullMarked
package org.jcpp.liaison.committees.ui;

import org.jspecify.annotations.NullMarked;
