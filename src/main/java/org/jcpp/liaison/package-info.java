@NullMarked
package org.jcpp.liaison;

import org.jspecify.annotations.NullMarked;
