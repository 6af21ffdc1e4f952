package org.jcpp.liaison.imports.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.imports.ImportField;
import org.jcpp.liaison.imports.ImportKind;

/**
 * The app's first guess of which column is which field, from the header row: a header that is one of a field's words
 * (English or Spanish, case and accents aside) wins; else one that contains such a word ("Date of visit" → the date).
 * Each field goes to one column at most, the leftmost. A column that holds people's names or how to reach them is
 * never guessed (see {@link PersonalColumns}).
 */
public final class HeaderGuess {

    private HeaderGuess() {}

    public static Map<Integer, ImportField> guess(ImportKind kind, List<String> header) {
        var guessed = new LinkedHashMap<Integer, ImportField>();
        var taken = new HashSet<ImportField>();
        var fields = ImportField.of(kind);
        // whole header first, then a header holding the words, so "Need description" is not taken by "Need"
        for (int pass = 0; pass < 2; pass++) {
            for (int column = 0; column < header.size(); column++) {
                if (guessed.containsKey(column) || PersonalColumns.isPersonal(header.get(column))) {
                    continue;
                }
                String folded = Folding.fold(header.get(column));
                ImportField best = pass == 0 ? exact(fields, folded, taken) : containing(fields, folded, taken);
                if (best != null) {
                    guessed.put(column, best);
                    taken.add(best);
                }
            }
        }
        return guessed;
    }

    private static @org.jspecify.annotations.Nullable ImportField exact(
            List<ImportField> fields, String header, Set<ImportField> taken) {
        return fields.stream()
                .filter(f -> !taken.contains(f) && f.headerWords().contains(header))
                .findFirst()
                .orElse(null);
    }

    /** The field with the longest of its words found as whole words in the header. */
    private static @org.jspecify.annotations.Nullable ImportField containing(
            List<ImportField> fields, String header, Set<ImportField> taken) {
        ImportField best = null;
        int bestLength = 0;
        String padded = " " + header + " ";
        for (ImportField field : fields) {
            if (taken.contains(field)) {
                continue;
            }
            for (String word : field.headerWords()) {
                if (word.length() > bestLength && padded.contains(" " + word + " ")) {
                    best = field;
                    bestLength = word.length();
                }
            }
        }
        return best;
    }
}
