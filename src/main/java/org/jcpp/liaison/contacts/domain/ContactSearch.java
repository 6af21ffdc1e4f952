package org.jcpp.liaison.contacts.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The contact list's text filter: every word typed must begin a word of the summary, in any order ("food shelf" finds
 * "the shelf of the food bank"; "apart" finds "apartment"; accents and capitals do not matter), in any language — no
 * stemming, which would be wrong for Somali, Hmong or Karen summaries. A word is a run of letters or digits; a text
 * with none ("<", "-") is looked for as typed.
 *
 * <p>The words of each summary are indexed (changeset 0059; with the contact's languages in the same index, 0064) under
 * four keys: as they are ({@code /food}), under the
 * contact's city ({@code c12/food}), its year ({@code y2026/food}) and both ({@code c12y2026/food}). A search names the
 * smallest of these that holds every contact the other filters allow: a city's year holds a few hundred contacts with
 * a word where the whole table holds tens of thousands, so the index answers in a millisecond or two at a million
 * contacts where matching letters (trigrams) took 35-50 ms.
 */
final class ContactSearch {

    /** A search over more years than this uses the keys without a year (as many alternatives per word as years). */
    static final int MOST_YEARS = 6;

    /** Letters and decimal digits: what PostgreSQL's {@code [[:alnum:]]} takes in the database's C.UTF-8 locale. */
    private static final Pattern WORD = Pattern.compile("[\\p{IsAlphabetic}\\p{Nd}]+");

    private ContactSearch() {}

    /** Whether the text has a word to search by (else its letters are looked for as typed). */
    static boolean hasWords(@Nullable String typed) {
        return typed != null && WORD.matcher(typed).find();
    }

    /**
     * The keys to search under, comma-separated, for {@code contact_search_matches}: {@code c12y2025/,c12y2026/} for
     * a city from one year into the next, {@code c12/} for a city without a period, {@code y2026/} for a period
     * without a city, {@code /} for neither.
     *
     * @param from the first moment of the period in the program's time, or null
     * @param toExclusive the moment after its last day, or null (until now)
     * @param now the present, in the program's time
     */
    static String scopes(
            @Nullable Long cityId,
            @Nullable LocalDateTime from,
            @Nullable LocalDateTime toExclusive,
            LocalDateTime now,
            ZoneId zone) {
        String city = cityId == null ? "" : "c" + cityId;
        if (from != null) {
            // the summaries' years are those of their stored time: UTC, as every time is stored (see the index)
            int first = utc(from, zone).getYear();
            LocalDateTime end = toExclusive != null ? toExclusive : now.plusDays(1);
            int last = utc(end, zone).minusNanos(1).getYear();
            if (last >= first && last - first < MOST_YEARS) {
                var scopes = new ArrayList<String>();
                for (int year = first; year <= last; year++) {
                    scopes.add(city + "y" + year + "/");
                }
                return String.join(",", scopes);
            }
            if (last < first) { // an empty period: any one key will do, the dates find nothing
                return city + "y" + first + "/";
            }
        }
        return city + "/";
    }

    private static LocalDateTime utc(LocalDateTime programTime, ZoneId zone) {
        return programTime.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
