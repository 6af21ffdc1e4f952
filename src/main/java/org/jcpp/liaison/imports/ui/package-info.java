@NullMarked
package org.jcpp.liaison.imports.ui;

import org.jspecify.annotations.NullMarked;
