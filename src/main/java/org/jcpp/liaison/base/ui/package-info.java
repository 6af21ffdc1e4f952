@NullMarked
package org.jcpp.liaison.base.ui;

import org.jspecify.annotations.NullMarked;
