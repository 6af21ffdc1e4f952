@NullMarked
package org.jcpp.liaison.outreach;

import org.jspecify.annotations.NullMarked;
