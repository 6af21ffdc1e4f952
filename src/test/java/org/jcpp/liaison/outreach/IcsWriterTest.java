package org.jcpp.liaison.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5545 text allows no control character but the line ends of the format itself (CR LF) and folding. */
class IcsWriterTest {

    @Test
    void a_title_with_control_and_hidden_characters_is_written_without_them() {
        assertThat(IcsWriter.escape("Block\u000B party\u0000\t\u202Eevil\r\nnext; a, b\\"))
                .isEqualTo("Block party evil\\nnext\\; a\\, b\\\\");
    }

    @Test
    void a_whole_feed_carries_no_control_character_but_its_line_ends() {
        LocalDateTime start = LocalDateTime.of(2026, 5, 1, 10, 0);
        var entry = new CalendarEntry(
                CalendarEntry.Kind.EVENT, 7, "\u0007Bell\u001B[2J", 1, start, start.plusHours(1), false, false, "/e/7");
        String ics = IcsWriter.write(
                "Cal\u0000",
                List.of(entry),
                CalendarEntry::title,
                e -> "\u0085Hop\u0008kins",
                ZoneId.of("America/Chicago"));
        assertThat(ics.replace("\r\n", "").chars()).noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F));
        assertThat(ics).contains("SUMMARY:Bell[2J").contains("LOCATION:Hopkins");
    }
}
