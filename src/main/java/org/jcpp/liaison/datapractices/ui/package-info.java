@NullMarked
package org.jcpp.liaison.datapractices.ui;

import org.jspecify.annotations.NullMarked;
