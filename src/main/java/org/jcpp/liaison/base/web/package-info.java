@NullMarked
package org.jcpp.liaison.base.web;

import org.jspecify.annotations.NullMarked;
