package org.jcpp.liaison.imports.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * Matches a spreadsheet's value to an entry of a list (a city, a language, a contact's kind): the name as written;
 * then the name with case, accents and punctuation aside ("brooklyn park", "Espanol" for "Español"); then a
 * suggestion the user confirms once for all rows: common abbreviations spelt out ("Brooklyn Ctr", "St Louis Pk"),
 * initials ("BP"), the start of a name, or a name one or two letters off ("Bloomingtn"). A suggestion is made only
 * when one entry fits best.
 */
public final class ValueMatcher {

    /** How well a value matched. */
    public enum Quality {
        EXACT,
        LOOSE,
        SUGGESTED,
        UNKNOWN
    }

    /** An entry of the list: its key (an id, an enum's name) and the names it goes by (in every language). */
    public record Choice(String key, List<String> names) {}

    /** The result: how, and to which entry's key (null when unknown). */
    public record Match(Quality quality, @Nullable String key) {

        static final Match UNKNOWN = new Match(Quality.UNKNOWN, null);
    }

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ctr", "center"),
            Map.entry("cntr", "center"),
            Map.entry("cent", "center"),
            Map.entry("centre", "center"),
            Map.entry("st", "saint"),
            Map.entry("ste", "saint"),
            Map.entry("pk", "park"),
            Map.entry("hts", "heights"),
            Map.entry("mtn", "mountain"),
            Map.entry("n", "north"),
            Map.entry("s", "south"),
            Map.entry("e", "east"),
            Map.entry("w", "west"),
            Map.entry("dept", "department"),
            Map.entry("pd", "police department"),
            Map.entry("org", "organization"),
            Map.entry("assn", "association"),
            Map.entry("comm", "community"));

    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> loose = new HashMap<>();
    private final List<Candidate> candidates = new ArrayList<>();

    private record Candidate(String key, String expanded, String initials) {}

    public ValueMatcher(List<Choice> choices) {
        for (Choice choice : choices) {
            for (String name : choice.names()) {
                exact.putIfAbsent(name.strip(), choice.key());
                loose.putIfAbsent(Folding.fold(name), choice.key());
                String expanded = expand(Folding.fold(name));
                candidates.add(new Candidate(choice.key(), expanded, initials(expanded)));
            }
        }
    }

    public Match match(String value) {
        String written = value.strip();
        if (written.isEmpty()) {
            return Match.UNKNOWN;
        }
        String key = exact.get(written);
        if (key != null) {
            return new Match(Quality.EXACT, key);
        }
        String folded = Folding.fold(written);
        key = loose.get(folded);
        if (key != null) {
            return new Match(Quality.LOOSE, key);
        }
        key = suggest(expand(folded));
        return key == null ? Match.UNKNOWN : new Match(Quality.SUGGESTED, key);
    }

    /**
     * The entries of a cell that may list several: the whole cell when it is a name as it stands ("Boys & Girls Club",
     * "Lutheran Social Service, Inc."), else its parts ({@link CellValues#entries}).
     */
    public static List<String> entries(@Nullable ValueMatcher matcher, String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        if (matcher != null) {
            var whole = matcher.match(cell);
            if (whole.quality() == Quality.EXACT || whole.quality() == Quality.LOOSE) {
                return List.of(cell.strip());
            }
        }
        return CellValues.entries(cell);
    }

    private @Nullable String suggest(String value) {
        if (value.isEmpty()) {
            return null;
        }
        String key = only(candidates.stream().filter(c -> c.expanded().equals(value)));
        if (key == null && value.length() >= 4) {
            key = only(candidates.stream().filter(c -> c.expanded().startsWith(value)));
        }
        if (key == null && !value.contains(" ") && value.length() >= 2 && value.length() <= 4) {
            key = only(candidates.stream()
                    .filter(c -> c.initials().length() > 1 && c.initials().equals(value)));
        }
        if (key == null && value.length() >= 4) {
            int threshold = value.length() >= 8 ? 2 : 1;
            var distance = new LevenshteinDistance(threshold);
            int best = Integer.MAX_VALUE;
            var bestKeys = new ArrayList<String>();
            for (Candidate c : candidates) {
                int d = distance.apply(value, c.expanded());
                if (d < 0) {
                    continue;
                }
                if (d < best) {
                    best = d;
                    bestKeys.clear();
                }
                if (d == best && !bestKeys.contains(c.key())) {
                    bestKeys.add(c.key());
                }
            }
            key = bestKeys.size() == 1 ? bestKeys.get(0) : null;
        }
        return key;
    }

    private static @Nullable String only(java.util.stream.Stream<Candidate> found) {
        var keys = found.map(Candidate::key).distinct().limit(2).toList();
        return keys.size() == 1 ? keys.get(0) : null;
    }

    private static String expand(String folded) {
        if (folded.isEmpty()) {
            return folded;
        }
        return java.util.Arrays.stream(folded.split(" "))
                .map(word -> ABBREVIATIONS.getOrDefault(word, word))
                .collect(Collectors.joining(" "));
    }

    private static String initials(String expanded) {
        if (expanded.isEmpty()) {
            return "";
        }
        var letters = new StringBuilder();
        for (String word : expanded.split(" ")) {
            if (!word.isEmpty()) {
                letters.append(word.charAt(0));
            }
        }
        return letters.toString();
    }
}
