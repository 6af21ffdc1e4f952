@NullMarked
package org.jcpp.liaison.languageaccess.ui;

import org.jspecify.annotations.NullMarked;
