@NullMarked
package org.jcpp.liaison.imports.domain;

import org.jspecify.annotations.NullMarked;
