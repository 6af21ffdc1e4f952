@NullMarked
package org.jcpp.liaison.reporting.ui;

import org.jspecify.annotations.NullMarked;
