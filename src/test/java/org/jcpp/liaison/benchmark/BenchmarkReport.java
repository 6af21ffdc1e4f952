package org.jcpp.liaison.benchmark;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The benchmark's figures as Markdown: the table printed on the console and written to docs/benchmarks.md. */
final class BenchmarkReport {

    /** Begins the name of a grid fetched by a word search, which adds its plan setting to the page and count. */
    static final String WORD_SEARCH = "a word search: ";

    /** The statements a grid's line ("needs 2") counts. */
    static int statementCount(String line) {
        return Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
    }

    /**
     * At most a page and its count; a word search sends its plan setting first, a statement that reads nothing
     * (ContactQueries.customPlans).
     */
    static int statementTarget(String line) {
        return line.startsWith(WORD_SEARCH) ? 3 : 2;
    }

    /** The heading of docs/benchmarks.md's earlier runs, which a new report keeps below itself. */
    private static final java.util.regex.Pattern EARLIER_RUNS =
            java.util.regex.Pattern.compile("(?m)^# Earlier runs\\R");

    private static final java.util.regex.Pattern RUN_ON =
            java.util.regex.Pattern.compile("Run on ([0-9-]+(?: at [0-9:]+ UTC)?)\\.");

    private BenchmarkReport() {}

    /**
     * What the report's file holds after a run: the new report, then the earlier runs that {@code previous} (the file
     * as it was, if any) kept below their heading, and last among them the report that was on top, its headings one
     * level down under its date. A file without that heading (target/benchmarks.md) is replaced whole.
     */
    static String withEarlierRuns(String report, String previous) {
        var earlier = EARLIER_RUNS.matcher(previous);
        if (!earlier.find()) {
            return report;
        }
        String replaced = previous.substring(0, earlier.start()).strip();
        var date = RUN_ON.matcher(replaced);
        String heading =
                "## The full run of " + (date.find() ? date.group(1) : "an earlier day") + ", as it was on top";
        String demoted = replaced.replaceFirst("^# Benchmark\\R", "").replaceAll("(?m)^## ", "### ");
        return report.stripTrailing()
                + "\n\n"
                + previous.substring(earlier.start()).stripTrailing()
                + "\n\n"
                + heading
                + "\n\n"
                + demoted.strip()
                + "\n";
    }

    static String markdown(
            DataGenerator.Volumes volumes,
            Map<String, Double> generation,
            double refreshSeconds,
            List<Measurement> results,
            List<String> statements,
            List<String> extra,
            JdbcTemplate jdbc) {
        var md = new StringBuilder();
        md.append("# Benchmark\n\n");
        md.append("Written by `BenchmarkIT` (see the README, \"Benchmark\"). Run on ")
                .append(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                        .format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd 'at' HH:mm 'UTC'")))
                .append(".\n\n");
        if (!BenchmarkIT.FULL) {
            md.append("The small run of `./mvnw verify`: it checks that every measure runs; its figures are not judged")
                    .append(" against the targets, which are for the full run (`-Pbenchmark`).\n\n");
        }
        md.append("## Machine\n\n");
        var os = ManagementFactory.getOperatingSystemMXBean();
        md.append("- ")
                .append(os.getAvailableProcessors())
                .append(" cores, ")
                .append(os.getName())
                .append(' ')
                .append(os.getVersion())
                .append(", Java ")
                .append(Runtime.version())
                .append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .append(" MB\n");
        md.append("- ")
                .append(jdbc.queryForObject("SELECT version()", String.class))
                .append(" (embedded, fsync ")
                .append(jdbc.queryForObject("SHOW fsync", String.class))
                .append(")\n\n");
        md.append("## Data\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d cities, %d liaisons, %,d contacts, %,d needs, %,d roll-call briefings, %,d training sessions,"
                        + " %,d outreach events over ten years (seed %s). Database size: %s.%n%n",
                volumes.cities(),
                volumes.liaisons(),
                volumes.contacts(),
                volumes.needs(),
                volumes.briefings(),
                volumes.sessions(),
                volumes.events(),
                volumes.seed(),
                jdbc.queryForObject("SELECT pg_size_pretty(pg_database_size(current_database()))", String.class)));
        md.append("| Generation step | Seconds |\n|---|---:|\n");
        double total = 0;
        for (var step : generation.entrySet()) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f |%n", step.getKey(), step.getValue()));
            total += step.getValue();
        }
        md.append(String.format(Locale.ROOT, "| **total** | **%.1f** |%n", total));
        md.append(
                refreshSeconds < 0
                        ? "| refresh of the reporting summaries | not run (reused database) |\n\n"
                        : String.format(
                                Locale.ROOT,
                                "| refresh of the reporting summaries (all three views) | %.1f |%n%n",
                                refreshSeconds));
        md.append("## What users feel\n\n");
        md.append("Times are wall-clock milliseconds of the call inside the app's JVM after a warm-up (a tenth of the"
                + " calls, and at least 3 s in the full run, so that the JIT has compiled the measure's code): the database"
                + " round trips plus the mapping, so an upper bound of the database time the targets speak of."
                + " Calls/s is what one thread achieves. Each measure runs in rounds (three in the full run): p95 is"
                + " the median round's, the spread is the lowest and highest round's, and a target is met only when"
                + " every round meets it.\n\n");
        md.append("| Measure | n | p50 ms | p95 ms | p95 spread | p99 ms | calls/s | Target | |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Measurement m : results) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %s | %.1f | %.1f | %s | %s |%n",
                    m.name(),
                    m.samples(),
                    m.p50(),
                    m.p95(),
                    m.spread(),
                    m.p99(),
                    m.perSecond(),
                    m.target(),
                    m.verdict()));
        }
        md.append("\n## SQL statements per grid fetch (page + count; target ≤ 2, a word search ≤ 3)\n\n");
        for (String line : statements) {
            md.append("- ")
                    .append(line)
                    .append(statementCount(line) <= statementTarget(line) ? " — PASS" : " — FAIL")
                    .append('\n');
        }
        if (!extra.isEmpty()) {
            md.append("\n## Start and memory\n\n");
            extra.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        return md.toString();
    }

    /** The load run's section (empty when it did not run). */
    static String load(List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        var md = new StringBuilder("\n## Many people at once (load run over HTTP)\n\n");
        lines.forEach(line -> md.append(line).append('\n'));
        return md.toString();
    }
}
