package org.jcpp.liaison.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text field stored exactly as the app made it (a password hash, a secret's hash): {@link Text} leaves it alone. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Verbatim {}
