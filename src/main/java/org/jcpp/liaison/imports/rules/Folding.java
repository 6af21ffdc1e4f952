package org.jcpp.liaison.imports.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as matching compares it: lower case, accents off, anything not a letter or digit a single space. */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {}

    public static String fold(String text) {
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
