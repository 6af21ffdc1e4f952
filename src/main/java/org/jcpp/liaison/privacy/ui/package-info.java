@NullMarked
package org.jcpp.liaison.privacy.ui;

import org.jspecify.annotations.NullMarked;
