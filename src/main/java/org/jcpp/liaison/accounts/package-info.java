@NullMarked
package org.jcpp.liaison.accounts;

import org.jspecify.annotations.NullMarked;
