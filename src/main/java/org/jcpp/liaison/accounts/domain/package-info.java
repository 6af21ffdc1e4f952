@NullMarked
package org.jcpp.liaison.accounts.domain;

import org.jspecify.annotations.NullMarked;
