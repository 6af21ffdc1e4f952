package org.jcpp.liaison.imports;

/**
 * A file that cannot be imported as a whole: not a spreadsheet, password-protected, empty, too big, a row too long,
 * mixed encodings. Nothing of it is written. {@code messageKey} is an i18n key, {@code argument} fills its {0}.
 */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final String argument;

    public ImportFileException(String messageKey) {
        this(messageKey, "");
    }

    public ImportFileException(String messageKey, Object argument) {
        super(messageKey + " " + argument);
        this.messageKey = messageKey;
        this.argument = String.valueOf(argument);
    }

    public String messageKey() {
        return messageKey;
    }

    public String argument() {
        return argument;
    }
}
