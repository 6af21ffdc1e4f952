@NullMarked
package org.jcpp.liaison.imports;

import org.jspecify.annotations.NullMarked;
