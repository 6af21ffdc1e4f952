package org.jcpp.liaison.datapractices;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks an entity field with its {@link DataClass}; every persistent field of an entity carries one. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Classified {
    DataClass value();

    /**
     * Free text written by staff: it can name residents whatever its class, so the audit trail records only that it
     * changed (a fingerprint), never the words.
     */
    boolean freeText() default false;
}
