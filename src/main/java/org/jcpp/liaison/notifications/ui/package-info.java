@NullMarked
package org.jcpp.liaison.notifications.ui;

import org.jspecify.annotations.NullMarked;
