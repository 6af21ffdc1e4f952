@NullMarked
package org.jcpp.liaison.surveys.domain;

import org.jspecify.annotations.NullMarked;
