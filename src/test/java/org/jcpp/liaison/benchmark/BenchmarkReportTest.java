package org.jcpp.liaison.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    @Test
    void a_new_report_goes_on_top_and_the_one_it_replaces_joins_the_earlier_runs() {
        String file = "# Benchmark\n\nRun on 2026-12-05 at 15:25 UTC.\n\n## Machine\n\nold figures\n\n"
                + "# Earlier runs\n\n## 2026-11-25\n\nfirst figures\n";

        String written = BenchmarkReport.withEarlierRuns(
                "# Benchmark\n\nRun on 2026-12-09 at 10:15 UTC.\n\nnew figures\n\n", file);

        assertThat(written)
                .isEqualTo("# Benchmark\n\nRun on 2026-12-09 at 10:15 UTC.\n\nnew figures\n\n"
                        + "# Earlier runs\n\n## 2026-11-25\n\nfirst figures\n\n"
                        + "## The full run of 2026-12-05 at 15:25 UTC, as it was on top\n\n"
                        + "Run on 2026-12-05 at 15:25 UTC.\n\n### Machine\n\nold figures\n");
    }

    @Test
    void the_earlier_runs_are_found_whatever_the_line_ends() {
        String file = "# Benchmark\r\n\r\nRun on 2026-12-05.\r\n\r\n# Earlier runs\r\n\r\nfirst figures\r\n";

        assertThat(BenchmarkReport.withEarlierRuns("# Benchmark\n\nnew figures\n", file))
                .startsWith("# Benchmark\n\nnew figures\n\n# Earlier runs")
                .contains("first figures")
                .contains("## The full run of 2026-12-05, as it was on top");
    }

    @Test
    void a_file_without_earlier_runs_is_replaced_whole() {
        assertThat(BenchmarkReport.withEarlierRuns("# Benchmark\n\nnew figures\n", "# Benchmark\n\nold figures\n"))
                .isEqualTo("# Benchmark\n\nnew figures\n");
        assertThat(BenchmarkReport.withEarlierRuns("# Benchmark\n\nnew figures\n", ""))
                .isEqualTo("# Benchmark\n\nnew figures\n");
    }
}
