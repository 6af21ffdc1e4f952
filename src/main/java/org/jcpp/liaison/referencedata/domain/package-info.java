@NullMarked
package org.jcpp.liaison.referencedata.domain;

import org.jspecify.annotations.NullMarked;
