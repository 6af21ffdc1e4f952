@NullMarked
package org.jcpp.liaison.languageaccess;

import org.jspecify.annotations.NullMarked;
