@NullMarked
package org.jcpp.liaison.notifications;

import org.jspecify.annotations.NullMarked;
