package org.jcpp.liaison.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text typed in a text area (a summary, an outcome, key points): it keeps its line breaks and tabs when
 * {@link Text} normalises it. Every other text is one line. Put it on the entity field and on the {@code *Data} record
 * component of the same name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface MultiLine {}
