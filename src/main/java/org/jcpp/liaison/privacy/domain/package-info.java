@NullMarked
package org.jcpp.liaison.privacy.domain;

import org.jspecify.annotations.NullMarked;
