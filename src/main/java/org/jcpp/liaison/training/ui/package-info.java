@NullMarked
package org.jcpp.liaison.training.ui;

import org.jspecify.annotations.NullMarked;
