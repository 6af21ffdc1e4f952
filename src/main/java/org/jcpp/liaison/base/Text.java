package org.jcpp.liaison.base;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * What every text the app stores goes through (see {@link TextInput} and {@link TextNormaliser}): Unicode NFC, no
 * control characters, no bidirectional embedding, override or isolate controls (U+202A–U+202E, U+2066–U+2069: they
 * make "evil" show as "live"), no zero-width space, word joiner, byte-order mark, soft hyphen, tag character or other
 * invisible format character, and no leading or trailing whitespace. A {@linkplain #singleLine single line} (a title, a name) turns line breaks and tabs into spaces; a
 * {@linkplain #multiLine multi-line} text (a summary) keeps them, with CR LF and CR as LF. The zero-width joiner and
 * non-joiner (U+200D, U+200C) stay: Arabic, Persian and Somali script and emoji need them, and so do the
 * left-to-right and right-to-left marks (U+200E, U+200F), which only order neutral characters.
 */
public final class Text {

    private Text() {}

    /** A title, a name: one line. */
    public static @Nullable String singleLine(@Nullable String text) {
        return text == null ? null : normalise(text, false);
    }

    /** A summary, an outcome, key points: lines and tabs kept. */
    public static @Nullable String multiLine(@Nullable String text) {
        return text == null ? null : normalise(text, true);
    }

    /** True when the code point never belongs in stored text (it is removed, or a line break in a single line). */
    public static boolean isUnwanted(int codePoint) {
        return isControl(codePoint) || isHidden(codePoint);
    }

    private static String normalise(String text, boolean multiLine) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029') {
                out.append(multiLine ? '\n' : ' ');
            } else if (c == '\t') {
                out.append(multiLine ? '\t' : ' ');
            } else if (!isUnwanted(c) && !isLoneSurrogate(c)) {
                out.appendCodePoint(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC).strip();
    }

    /** C0 and C1 controls and DEL. */
    private static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * Every invisible format character (Unicode category Cf: bidi embeddings, overrides and isolates, zero-width space,
     * word joiner, byte-order mark, soft hyphen, tag characters, invisible operators …) except the joiners and the
     * direction marks that real scripts need; the combining grapheme joiner and the Hangul fillers, which show nothing.
     */
    private static boolean isHidden(int c) {
        if (c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F) {
            return false;
        }
        return Character.getType(c) == Character.FORMAT
                || c == 0x034F
                || c == 0x115F
                || c == 0x1160
                || c == 0x3164
                || c == 0xFFA0;
    }

    private static boolean isLoneSurrogate(int c) {
        return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
    }
}
