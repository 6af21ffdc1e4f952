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

    /**
     * Refuses {@code data} the way a form's save is refused when Bean Validation finds a fault in it: an
     * {@link InvalidInputException} naming the first field (by path) and its message key. For rows that do not come
     * through a validated service call (a spreadsheet's).
     */
    public static <T> void refuseInvalid(jakarta.validation.Validator validator, T data) {
        validator.validate(data).stream()
                .min(java.util.Comparator.comparing(Violations::field))
                .ifPresent(first -> {
                    throw new InvalidInputException(field(first), first.getMessage());
                });
    }
}
