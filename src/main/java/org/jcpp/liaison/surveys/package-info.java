@NullMarked
package org.jcpp.liaison.surveys;

import org.jspecify.annotations.NullMarked;
