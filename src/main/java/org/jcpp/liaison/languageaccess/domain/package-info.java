@NullMarked
package org.jcpp.liaison.languageaccess.domain;

import org.jspecify.annotations.NullMarked;
