@NullMarked
package org.jcpp.liaison.accounts.security;

import org.jspecify.annotations.NullMarked;
