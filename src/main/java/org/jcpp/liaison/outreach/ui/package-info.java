@NullMarked
package org.jcpp.liaison.outreach.ui;

import org.jspecify.annotations.NullMarked;
