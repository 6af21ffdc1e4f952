@NullMarked
package org.jcpp.liaison.base.drafts;

import org.jspecify.annotations.NullMarked;
