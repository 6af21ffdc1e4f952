@NullMarked
package org.jcpp.liaison.accounts.ui;

import org.jspecify.annotations.NullMarked;
