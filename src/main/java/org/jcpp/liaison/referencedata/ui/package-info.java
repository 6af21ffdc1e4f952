@NullMarked
package org.jcpp.liaison.referencedata.ui;

import org.jspecify.annotations.NullMarked;
