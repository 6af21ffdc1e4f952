@NullMarked
package org.jcpp.liaison.surveys.ui;

import org.jspecify.annotations.NullMarked;
