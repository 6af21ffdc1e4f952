package org.jcpp.liaison.datapractices;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds wording that looks like it records someone's immigration or citizenship status, in English and Spanish. The
 * app never records such status; forms warn before saving text that matches, so the liaison can rephrase. Talking
 * about fears in general ("trust and immigration fears") is fine and is not flagged.
 */
public final class StatusWording {

    private static final List<Pattern> PATTERNS = List.of(
            word("undocumented"),
            word("illegals?"),
            word("illegal alien"),
            word("illegal immigrants?"),
            word("aliens?"),
            word("visas?"),
            word("green ?cards?"),
            word("overstay(ed|ing)?"),
            word("deport(ed|ation|able)?"),
            word("daca"),
            word("asylum( seekers?| case| claim)?"),
            word("refugee status"),
            word("citizenship"),
            word("(not|non)[ -](an? )?(us |u\\.s\\. )?citizens?"),
            word("non-?citizens?"),
            word("permanent residen(t|ts|ce|cy)"),
            word("work permits?"),
            word("ciudadania"),
            word("no (es|son) ciudadan[oa]s?"),
            word("sin documentos"),
            word("asilo"),
            word("refugiad[oa]s?"),
            word("permiso de trabajo"),
            word("no papers"),
            word("indocumentad[oa]s?"),
            word("ilegal(es)?"),
            word("sin papeles"),
            word("mojados?"),
            word("deportad[oa]s?"),
            word("deportacion"),
            word("la migra"),
            word("estatus migratorio"),
            word("residencia permanente"));

    /** Checked on the text as written: "ICE" the agency, not "ice" on the roads; likewise TPS, SSN, ITIN. */
    private static final Pattern AGENCY = Pattern.compile("\\b(ICE|TPS|SSN|ITIN)\\b");

    private StatusWording() {}

    /** The words in {@code text} that look like a record of status, as they appear in the text; empty when none. */
    public static List<String> find(String text) {
        var found = new ArrayList<String>();
        if (text == null || text.isBlank()) {
            return found;
        }
        var agency = AGENCY.matcher(text);
        while (agency.find()) {
            if (!found.contains(agency.group())) {
                found.add(agency.group());
            }
        }
        String folded = fold(text);
        for (Pattern pattern : PATTERNS) {
            var matcher = pattern.matcher(folded);
            while (matcher.find()) {
                String match = text.length() == folded.length()
                        ? text.substring(matcher.start(), matcher.end())
                        : matcher.group();
                if (!found.contains(match)) {
                    found.add(match);
                }
            }
        }
        return found;
    }

    private static Pattern word(String regex) {
        return Pattern.compile("\\b" + regex + "\\b");
    }

    /** Lower case without accents, keeping the length when it can so matches map back onto the original text. */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT);
    }
}
