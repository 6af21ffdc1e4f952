package org.jcpp.liaison.surveys;

import java.security.SecureRandom;

/**
 * The short codes of the public pages: eight characters from an alphabet without look-alikes (no 0/o, 1/l/i), random
 * (about 10^12 codes: a page cannot be found by counting), easy to type from a printed handout.
 */
final class SurveyCodes {

    static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SurveyCodes() {}

    static String next() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether {@code text} could be a code at all (checked before any lookup of a public address). */
    static boolean wellFormed(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
