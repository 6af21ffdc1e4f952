@NullMarked
package org.jcpp.liaison.reporting.domain;

import org.jspecify.annotations.NullMarked;
