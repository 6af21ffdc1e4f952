@NullMarked
package org.jcpp.liaison.training.domain;

import org.jspecify.annotations.NullMarked;
