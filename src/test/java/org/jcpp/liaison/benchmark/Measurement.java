package org.jcpp.liaison.benchmark;

import java.util.Arrays;

/**
 * One benchmark line: percentiles of the wall-clock time of a call in the app's JVM (the database round trips and
 * the mapping; an upper bound of the database time) and the calls per second one thread achieves.
 */
record Measurement(
        String name, String target, double limitMs, int samples, double p50, double p95, double p99, double perSecond) {

    static Measurement of(String name, String target, double limitMs, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(ms).sum();
        return new Measurement(
                name,
                target,
                limitMs,
                ms.length,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                total == 0 ? 0 : ms.length / (total / 1000));
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * PASS or FAIL against the limit on p95; empty when the line has no target or the run is the small one in
     * {@code verify}, whose figures say nothing about the targets.
     */
    String verdict() {
        return limitMs <= 0 || !BenchmarkIT.FULL ? "" : p95 <= limitMs ? "PASS" : "FAIL";
    }

    /** PASS or FAIL of a target outside the table (start, memory), or "not judged" in the small run. */
    static String judged(boolean met) {
        return !BenchmarkIT.FULL ? "not judged in the small run" : met ? "PASS" : "FAIL";
    }
}
