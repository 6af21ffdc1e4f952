@NullMarked
package org.jcpp.liaison.audit.ui;

import org.jspecify.annotations.NullMarked;
