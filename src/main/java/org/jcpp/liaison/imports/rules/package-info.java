@NullMarked
package org.jcpp.liaison.imports.rules;

import org.jspecify.annotations.NullMarked;
