package org.jcpp.liaison.datapractices;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The words of an export in the user's language: headers and labels by translation key, counts with small-cell
 * suppression ("fewer than 5" for 1–4), yes and no.
 */
public record ExportText(Function<String, String> text) {

    public List<String> header(String... keys) {
        return Stream.of(keys).map(text).toList();
    }

    /** An enum value's label: the key {@code SimpleClassName.NAME}, as in the views. */
    public String label(Enum<?> value) {
        return text.apply(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public String count(long value) {
        return Suppression.count(value, text.apply("report.fewer-than-5"));
    }

    public String yesNo(boolean value) {
        return text.apply(value ? "export.yes" : "export.no");
    }
}
