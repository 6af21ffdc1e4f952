package org.jcpp.liaison.imports.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Cells that are not dates or list entries: yes/no, whole numbers, several entries in one cell. */
public final class CellValues {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "si", "s", "verdadero", "v");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "falso", "");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[;|/,]\\s*|\\s+(?:and|y|&)\\s+");

    private CellValues() {}

    /** Yes or no in English or Spanish (blank is no); empty when it is neither. */
    public static Optional<Boolean> yesNo(String cell) {
        String folded = Folding.fold(cell);
        if (YES.contains(folded)) {
            return Optional.of(true);
        }
        return NO.contains(folded) ? Optional.of(false) : Optional.empty();
    }

    /** A whole number, as a spreadsheet may write it ("12", "12.0", "1,200"); empty when it is not one. */
    public static Optional<Integer> wholeNumber(String cell) {
        String text = cell.strip().replace(",", "");
        try {
            var number = new BigDecimal(text);
            if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                return Optional.empty();
            }
            return Optional.of(number.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The entries of a cell that lists several ("English; Somali", "Hmong, Karen", "Spanish and English"). */
    public static List<String> entries(String cell) {
        var entries = new ArrayList<String>();
        for (String part : SEPARATORS.split(cell.strip())) {
            if (!part.isBlank()) {
                entries.add(part.strip());
            }
        }
        return entries;
    }
}
