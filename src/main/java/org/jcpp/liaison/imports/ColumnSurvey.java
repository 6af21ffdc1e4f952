package org.jcpp.liaison.imports;

import java.util.List;
import java.util.Map;

/**
 * What a column of the file holds, for the mapping: its header, whether it names people (then nothing of it is read
 * or shown), a few sample values, and its different values with how many rows have each (the first
 * {@link ImportLimits#MAX_DISTINCT_VALUES}; {@code moreValues} when there are more).
 */
public record ColumnSurvey(
        int column,
        String header,
        boolean personal,
        List<String> samples,
        Map<String, Integer> values,
        boolean moreValues) {}
