@NullMarked
package org.jcpp.liaison.datapractices.domain;

import org.jspecify.annotations.NullMarked;
