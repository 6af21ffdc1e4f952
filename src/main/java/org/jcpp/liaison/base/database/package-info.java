@NullMarked
package org.jcpp.liaison.base.database;

import org.jspecify.annotations.NullMarked;
