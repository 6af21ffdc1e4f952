@NullMarked
package org.jcpp.liaison.outreach.domain;

import org.jspecify.annotations.NullMarked;
