package org.jcpp.liaison.outreach;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.jcpp.liaison.base.Text;

/**
 * Writes calendar entries as an iCalendar (RFC 5545) document: UTC times, all-day entries as dates, text escaped and
 * long lines folded. Small enough to write by hand; a test reads the result back with ical4j.
 */
final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private IcsWriter() {}

    /** {@code title} turns an entry into the text a calendar program shows; {@code location} into its place. */
    static String write(
            String calendarName,
            List<CalendarEntry> entries,
            Function<CalendarEntry, String> title,
            Function<CalendarEntry, String> location,
            ZoneId zone) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//JCPP Liaison//Calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        String stamp = UTC.format(Instant.now().atOffset(ZoneOffset.UTC));
        for (CalendarEntry entry : entries) {
            line(out, "BEGIN:VEVENT");
            line(
                    out,
                    "UID:" + entry.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + entry.id()
                            + "@jcpp-liaison");
            line(out, "DTSTAMP:" + stamp);
            if (entry.allDay()) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(entry.start()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(entry.end()));
            } else {
                line(out, "DTSTART:" + UTC.format(entry.start().atZone(zone).withZoneSameInstant(ZoneOffset.UTC)));
                line(out, "DTEND:" + UTC.format(entry.end().atZone(zone).withZoneSameInstant(ZoneOffset.UTC)));
            }
            line(out, "SUMMARY:" + escape(title.apply(entry)));
            String place = location.apply(entry);
            if (!place.isBlank()) {
                line(out, "LOCATION:" + escape(place));
            }
            line(out, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "TRANSP:" + (entry.allDay() ? "TRANSPARENT" : "OPAQUE"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * RFC 5545 text: normalised as the app stores text (NFC, no control or hidden characters; a stored title has none,
     * this holds whatever the source), line breaks as {@code \\n}, tabs as spaces, and backslash, semicolon and comma
     * escaped. No control character is ever written: RFC 5545 TEXT allows none.
     */
    static String escape(String text) {
        return java.util.Objects.requireNonNull(Text.multiLine(text))
                .replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\t", " ")
                .replace("\n", "\\n");
    }

    /** Ends a content line with CRLF, folding it at 75 octets without splitting a UTF-8 character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
