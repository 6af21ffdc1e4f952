package org.jcpp.liaison.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns a Jakarta Validation violation of a service call into the form field it concerns. */
public final class Violations {

    private Violations() {}

    /**
     * The field path below the method parameter: {@code "headcount"}, {@code "needs[0].description"},
     * {@code "needs[1].person.name"}.
     */
    public static String field(ConstraintViolation<?> violation) {
        var field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.toString();
    }
}
