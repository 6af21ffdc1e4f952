@NullMarked
package org.jcpp.liaison.notifications.domain;

import org.jspecify.annotations.NullMarked;
