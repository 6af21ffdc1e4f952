/**
 * The shared kernel: entity base class, the app shell and common UI helpers, the embedded database. Open to every
 * module (its sub-packages too), and depends on none of them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.jcpp.liaison.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
