package org.jcpp.liaison.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    @Test
    void a_new_report_replaces_the_last_one_and_keeps_the_earlier_runs_below_it() {
        String file = "# Benchmark\n\nold figures\n\n# Earlier runs\n\n## 2026-11-25\n\nfirst figures\n";

        String written = BenchmarkReport.withEarlierRuns("# Benchmark\n\nnew figures\n\n", file);

        assertThat(written)
                .isEqualTo("# Benchmark\n\nnew figures\n\n# Earlier runs\n\n## 2026-11-25\n\nfirst figures\n")
                .doesNotContain("old figures");
    }

    @Test
    void a_file_without_earlier_runs_is_replaced_whole() {
        assertThat(BenchmarkReport.withEarlierRuns("# Benchmark\n\nnew figures\n", "# Benchmark\n\nold figures\n"))
                .isEqualTo("# Benchmark\n\nnew figures\n");
        assertThat(BenchmarkReport.withEarlierRuns("# Benchmark\n\nnew figures\n", ""))
                .isEqualTo("# Benchmark\n\nnew figures\n");
    }
}
