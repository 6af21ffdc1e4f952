@NullMarked
package org.jcpp.liaison.imports.file;

import org.jspecify.annotations.NullMarked;
