package org.jcpp.liaison.benchmark;

import java.util.Arrays;

/**
 * One benchmark line: percentiles of the wall-clock time of a call in the app's JVM (the database round trips and
 * the mapping; an upper bound of the database time) and the calls per second one thread achieves. A measure runs in
 * one or more rounds (-Dbenchmark.rounds, 3 in the full run): p50 and p99 are of all samples, p95 is the median of the
 * rounds' p95, and {@code p95Low}–{@code p95High} is their spread; the target must hold in every round.
 */
record Measurement(
        String name,
        String target,
        double limitMs,
        int samples,
        double p50,
        double p95,
        double p99,
        double perSecond,
        int rounds,
        double p95Low,
        double p95High) {

    static Measurement of(String name, String target, double limitMs, double[] ms) {
        return of(name, target, limitMs, new double[][] {ms});
    }

    /** A measure's samples, round by round. */
    static Measurement of(String name, String target, double limitMs, double[][] rounds) {
        double[] all = Arrays.stream(rounds).flatMapToDouble(Arrays::stream).toArray();
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(all).sum();
        double[] roundP95 = Arrays.stream(rounds)
                .mapToDouble(round -> {
                    double[] r = round.clone();
                    Arrays.sort(r);
                    return percentile(r, 95);
                })
                .sorted()
                .toArray();
        return new Measurement(
                name,
                target,
                limitMs,
                all.length,
                percentile(sorted, 50),
                roundP95[(roundP95.length - 1) / 2],
                percentile(sorted, 99),
                total == 0 ? 0 : all.length / (total / 1000),
                rounds.length,
                roundP95[0],
                roundP95[roundP95.length - 1]);
    }

    /** The spread of p95 over the rounds ("4.1–5.0"), or empty for a single round. */
    String spread() {
        return rounds < 2 ? "" : String.format(java.util.Locale.ROOT, "%.1f–%.1f", p95Low, p95High);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * PASS or FAIL against the limit on p95 in every round; empty when the line has no target or the run is the small one in
     * {@code verify}, whose figures say nothing about the targets.
     */
    String verdict() {
        return limitMs <= 0 || !BenchmarkIT.FULL ? "" : p95High <= limitMs ? "PASS" : "FAIL";
    }

    /** PASS or FAIL of a target outside the table (start, memory), or "not judged" in the small run. */
    static String judged(boolean met) {
        return !BenchmarkIT.FULL ? "not judged in the small run" : met ? "PASS" : "FAIL";
    }
}
