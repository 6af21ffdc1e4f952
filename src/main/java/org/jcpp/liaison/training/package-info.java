@NullMarked
package org.jcpp.liaison.training;

import org.jspecify.annotations.NullMarked;
