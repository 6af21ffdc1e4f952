@NullMarked
package org.jcpp.liaison.audit.domain;

import org.jspecify.annotations.NullMarked;
