package org.jcpp.liaison.imports.rules;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcpp.liaison.imports.DayOrder;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates and times spreadsheets hold, in the program's time zone: Excel serial numbers (45000, 45000.5),
 * {@code 2019-03-04} (with a time, and an offset that is turned into the program's time), {@code 3/4/2019},
 * {@code 3-4-19} or {@code 3.4.2019} in the chosen day order, {@code March 4, 2019}, {@code 4 Mar 2019},
 * {@code 4 de marzo de 2019}; times as {@code 14:30}, {@code 2:30 PM} or an Excel fraction of a day. A date without a
 * time is taken at noon, so that it stays on its day whatever a later report rounds. Unreadable text is empty.
 */
public final class DateReading {

    /** When a row gives a day and no time. */
    public static final LocalTime NO_TIME = LocalTime.NOON;

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern NUMERIC =
            Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?:[ T]+(.+))?");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?\\s*([ap])?\\.?\\s*m?\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDS = Pattern.compile("[\\p{L}]+|\\d+(?::\\d{2})?(?:st|nd|rd|th)?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1),
            Map.entry("jan", 1),
            Map.entry("enero", 1),
            Map.entry("ene", 1),
            Map.entry("february", 2),
            Map.entry("feb", 2),
            Map.entry("febrero", 2),
            Map.entry("march", 3),
            Map.entry("mar", 3),
            Map.entry("marzo", 3),
            Map.entry("april", 4),
            Map.entry("apr", 4),
            Map.entry("abril", 4),
            Map.entry("abr", 4),
            Map.entry("may", 5),
            Map.entry("mayo", 5),
            Map.entry("june", 6),
            Map.entry("jun", 6),
            Map.entry("junio", 6),
            Map.entry("july", 7),
            Map.entry("jul", 7),
            Map.entry("julio", 7),
            Map.entry("august", 8),
            Map.entry("aug", 8),
            Map.entry("agosto", 8),
            Map.entry("ago", 8),
            Map.entry("september", 9),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("septiembre", 9),
            Map.entry("setiembre", 9),
            Map.entry("october", 10),
            Map.entry("oct", 10),
            Map.entry("octubre", 10),
            Map.entry("november", 11),
            Map.entry("nov", 11),
            Map.entry("noviembre", 11),
            Map.entry("december", 12),
            Map.entry("dec", 12),
            Map.entry("diciembre", 12),
            Map.entry("dic", 12));

    /** Days between Excel's two date systems: a workbook saved with the 1904 system counts from 1904-01-01. */
    private static final int DAYS_1900_TO_1904 = 1462;

    private final DayOrder order;
    private final ZoneId zone;
    private final boolean date1904;

    public DateReading(DayOrder order, ZoneId zone) {
        this(order, zone, false);
    }

    /** For a workbook saved with Excel's 1904 date system (old Mac Excel), whose serial numbers count from 1904. */
    public DateReading(DayOrder order, ZoneId zone, boolean date1904) {
        this.order = order;
        this.zone = zone;
        this.date1904 = date1904;
    }

    /** The moment a date cell (and, when mapped, a time cell) gives; empty when either cannot be read. */
    public Optional<LocalDateTime> read(String dateCell, @Nullable String timeCell) {
        String text = dateCell.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDateTime> moment;
        try {
            moment = readDate(text);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        if (moment.isEmpty() || timeCell == null || timeCell.isBlank()) {
            return moment;
        }
        return time(timeCell.strip()).map(t -> moment.get().toLocalDate().atTime(t));
    }

    private Optional<LocalDateTime> readDate(String text) {
        if (SERIAL.matcher(text).matches()) {
            var serial = serial(new BigDecimal(text));
            return Optional.of(date1904 ? serial.plusDays(DAYS_1900_TO_1904) : serial);
        }
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return Optional.of(iso(text, iso));
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(2));
            int year = year(numeric.group(3));
            LocalDate day = order == DayOrder.MONTH_FIRST
                    ? LocalDate.of(year, first, second)
                    : LocalDate.of(year, second, first);
            String rest = numeric.group(4);
            if (rest == null) {
                return Optional.of(day.atTime(NO_TIME));
            }
            return time(rest.strip()).map(day::atTime);
        }
        return inWords(text);
    }

    private static LocalDateTime serial(BigDecimal value) {
        long days = value.longValue();
        if (days < 1 || days > 2_958_465) {
            throw new DateTimeException("not an Excel date");
        }
        BigDecimal fraction = value.subtract(BigDecimal.valueOf(days));
        LocalDate day = EXCEL_EPOCH.plusDays(days);
        if (fraction.signum() == 0) {
            return day.atTime(NO_TIME);
        }
        return day.atTime(fractionOfDay(fraction));
    }

    private static LocalTime fractionOfDay(BigDecimal fraction) {
        long minutes = fraction.multiply(BigDecimal.valueOf(24 * 60))
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .longValue();
        return LocalTime.MIDNIGHT.plusMinutes(Math.min(minutes, 24 * 60 - 1));
    }

    private LocalDateTime iso(String text, Matcher iso) {
        LocalDate day = LocalDate.of(
                Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        if (iso.group(4) == null) {
            return day.atTime(NO_TIME);
        }
        String written = iso.group(4);
        LocalTime time = LocalTime.parse(written.indexOf(':') == 1 ? "0" + written : written);
        if (iso.group(5) == null) {
            return day.atTime(time);
        }
        String offset = iso.group(5).equals("Z") ? "Z" : iso.group(5);
        try {
            var at = OffsetDateTime.of(day, time, java.time.ZoneOffset.of(offset));
            return at.atZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw new DateTimeException(text);
        }
    }

    /** "March 4, 2019", "4 March 2019", "Mar 4 2019 2:30 PM", "4 de marzo de 2019". */
    private static Optional<LocalDateTime> inWords(String text) {
        Integer month = null;
        Integer day = null;
        Integer year = null;
        String folded = Folding.fold(text);
        var tokens = WORDS.matcher(folded);
        while (tokens.find()) {
            String token = tokens.group();
            if (MONTHS.containsKey(token) && month == null) {
                month = MONTHS.get(token);
            } else if (Character.isDigit(token.charAt(0))) {
                String digits = token.replaceAll("\\D.*", "");
                int number = Integer.parseInt(digits);
                if (digits.length() == 4 && year == null) {
                    year = number;
                } else if (day == null && digits.length() <= 2) {
                    day = number;
                } else if (year == null && month != null && digits.length() == 2) {
                    year = year(digits); // Excel's 4-Mar-19, "Mar 4, 19"
                } else {
                    break;
                }
            } else if (!token.equals("de") && !token.equals("del") && !token.equals("of") && !isWeekday(token)) {
                break;
            }
        }
        if (month == null || day == null || year == null) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(year, month, day);
        String rest = timeAfterYear(text);
        if (rest.isEmpty()) {
            return Optional.of(date.atTime(NO_TIME));
        }
        return time(rest).map(date::atTime);
    }

    /** What follows the year (four digits, or the last of three numbers) in the text as written: a time, or nothing. */
    private static String timeAfterYear(String text) {
        var year = Pattern.compile("\\d{4}|(?<=\\D)\\d{2}(?=\\s*$|\\s+\\d{1,2}[:.]\\d{2})")
                .matcher(text);
        if (!year.find()) {
            return "";
        }
        return text.substring(year.end())
                .replaceFirst("^[\\s,]*(at|a las)?\\s*", "")
                .strip();
    }

    private static boolean isWeekday(String token) {
        return token.matches("mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|"
                + "lunes|martes|miercoles|jueves|viernes|sabado|domingo");
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < 50 ? 2000 + year : 1900 + year;
        }
        return year;
    }

    /** A time cell: "14:30", "2:30 PM", "2 pm", "14.30", or an Excel fraction of a day (0.6041...). */
    public static Optional<LocalTime> time(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.of(NO_TIME);
        }
        try {
            if (value.matches("0?\\.\\d+")) {
                return Optional.of(fractionOfDay(new BigDecimal(value)));
            }
            Matcher m = TIME.matcher(value);
            if (!m.matches() || (m.group(2) == null && m.group(4) == null)) {
                return Optional.empty();
            }
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (m.group(4) != null) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                boolean pm = m.group(4).equalsIgnoreCase("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return Optional.of(LocalTime.of(hour, minute));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
