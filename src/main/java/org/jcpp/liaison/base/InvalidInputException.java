package org.jcpp.liaison.base;

/**
 * A command was refused because of what the user entered. {@code field} names the form field to mark (or is empty for
 * the form as a whole); {@code messageKey} is an i18n key the view translates.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
