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

    /**
     * An amount as vendors write it: "12.5", "1,204.75", "$14.25", "USD 14.25", a negative as "-3" or "(3.00)", and a
     * duration as minutes and seconds ("12:30" is 12.5) or hours, minutes and seconds ("1:02:30" is 62.5).
     */
    public static Optional<BigDecimal> decimal(String cell) {
        String text = cell.strip()
                .replace(",", "")
                .replace("$", "")
                .replaceFirst("(?i)^usd\\s*", "")
                .strip();
        boolean negative = text.startsWith("(") && text.endsWith(")");
        if (negative) {
            text = text.substring(1, text.length() - 1).strip();
        }
        var duration =
                java.util.regex.Pattern.compile("(?:(\\d+):)?(\\d+):([0-5]\\d)").matcher(text);
        if (duration.matches()) {
            long seconds = (duration.group(1) == null ? 0 : Long.parseLong(duration.group(1)) * 3600)
                    + Long.parseLong(duration.group(2)) * 60
                    + Long.parseLong(duration.group(3));
            return Optional.of(
                    BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP));
        }
        try {
            var number = new BigDecimal(text);
            if (number.abs().compareTo(BigDecimal.valueOf(100_000_000)) > 0) {
                return Optional.empty();
            }
            return Optional.of(negative ? number.negate() : number);
        } catch (NumberFormatException e) {
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
