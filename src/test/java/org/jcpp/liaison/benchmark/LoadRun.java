package org.jcpp.liaison.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jcpp.liaison.AppProcess;

/**
 * Many people on one app at once, over HTTP, as the server sees them (issue 22, item 4). The app runs in a JVM of its
 * own ({@link AppProcess}) with Tomcat's access log on, which writes the server's own time for every request beside
 * the driver's step id; the driver ({@link VaadinUser}, one virtual thread per person) times the same steps as the
 * client sees them. So the report tells server time apart from client time, and the driver's own CPU is measured and
 * reported, so that a driver that starves the server would show.
 *
 * <p>The run: {@code idle} people sign in and leave the contact list open (their tabs send heartbeats); one person
 * alone walks the journey a few times (the one-user figures of the same path); then {@code active} people walk it
 * together, each with a think time between steps, for {@code length}. The journey is the one the issue measured: the
 * contact list, a city filter, a text filter, a contact, needs, the dashboard, events.
 */
final class LoadRun {

    /** The size of a run. */
    record Plan(int active, int idle, Duration length, Duration warmUp, Duration thinkMin, Duration thinkMax) {

        /** The load: 50 active people with think time, 500 open sessions. */
        static Plan full() {
            return new Plan(
                    50,
                    500,
                    Duration.ofMinutes(5),
                    Duration.ofSeconds(40),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(8));
        }

        /**
         * This plan with other numbers, from {@code -Dbenchmark.load-size=ACTIVE,IDLE,SECONDS} (e.g. {@code 10,0,60}
         * under a profiler); unchanged when {@code size} is null.
         */
        Plan resized(@org.jspecify.annotations.Nullable String size) {
            if (size == null || size.isBlank()) {
                return this;
            }
            String[] parts = size.split(",");
            return new Plan(
                    Integer.parseInt(parts[0].trim()),
                    Integer.parseInt(parts[1].trim()),
                    Duration.ofSeconds(Long.parseLong(parts[2].trim())),
                    warmUp,
                    thinkMin,
                    thinkMax);
        }

        /** Enough to know the driver still speaks the app's protocol ({@code ./mvnw verify}). */
        static Plan smoke() {
            return new Plan(
                    3, 6, Duration.ofSeconds(15), Duration.ZERO, Duration.ofMillis(300), Duration.ofMillis(900));
        }
    }

    /** Who signs in, the cities their city filter offers, and contacts they may open. */
    record Person(String username, String password, List<String> cities, List<Long> contacts) {}

    /** The report's lines (each target judged in them), the errors and the steps measured. */
    record Result(List<String> lines, int errors, long steps) {}

    static final List<String> STEPS = List.of(
            "contacts", "city-filter", "text-filter", "contact", "needs", "dashboard", "dashboard-pictures", "events");

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final AppProcess app;
    private final int databasePort;
    private final Path accessLog;
    private final Plan plan;
    private final List<Person> people;
    private final List<String> words;
    private final HttpClient http;
    private final Map<String, Integer> errors = new ConcurrentHashMap<>();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    LoadRun(AppProcess app, int databasePort, Path accessLog, Plan plan, List<Person> people, List<String> words) {
        this.app = app;
        this.databasePort = databasePort;
        this.accessLog = accessLog;
        this.plan = plan;
        this.people = people;
        this.words = words;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** The app's arguments that write the access log this run reads: the step id and the server's microseconds. */
    static List<String> accessLogArguments(Path directory) {
        return List.of(
                "--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.directory=" + directory.toAbsolutePath(),
                "--server.tomcat.accesslog.prefix=access",
                "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.rotate=false",
                "--server.tomcat.accesslog.buffered=false",
                "--server.tomcat.accesslog.pattern=%{X-Load-Id}i %{us}T %s");
    }

    Result run() throws Exception {
        String base = app.url("");
        var random = new Random(22);
        // warm: one session, not counted in the heap's growth
        var warm = new VaadinUser(http, base, "warm");
        signInAndOpen(warm, people.getFirst());
        long heapBefore = heapAfterGc();

        // the open tabs: signed in, the contact list open, a heartbeat every five minutes as the browser sends it
        var idle = new ArrayList<VaadinUser>();
        try (var opening = Executors.newFixedThreadPool(2)) {
            var futures = new ArrayList<java.util.concurrent.Future<VaadinUser>>();
            for (int i = 0; i < plan.idle(); i++) {
                Person person = people.get(i % people.size());
                var user = new VaadinUser(http, base, "idle" + i);
                futures.add(opening.submit(() -> {
                    signInAndOpen(user, person);
                    return user;
                }));
            }
            for (var future : futures) {
                idle.add(future.get());
            }
        }
        // the active people, signed in and on the contact list, before the heap is read again
        var active = new ArrayList<VaadinUser>();
        for (int i = 0; i < plan.active(); i++) {
            var user = new VaadinUser(http, base, "u" + i);
            signInAndOpen(user, people.get(i % people.size()));
            active.add(user);
        }
        long heapAfter = heapAfterGc();
        int sessions = plan.idle() + plan.active();
        double perSessionKb = (heapAfter - heapBefore) / 1024.0 / sessions;

        // one person alone, the same journey: the one-user figures of this path
        var alone = new ArrayList<VaadinUser.Timing>();
        var single = active.getFirst();
        Person first = people.getFirst();
        for (int i = 0; i < 5; i++) {
            single.timings().clear();
            journey(single, first, random, Duration.ofMillis(200), Duration.ofMillis(400), () -> true);
            if (i >= 2) { // the first two warm the app's code paths and caches
                alone.addAll(single.timings());
            }
        }
        single.timings().clear();
        Map<String, Double> aloneServer = serverMillis();

        // everyone at once
        long pid = app.pid();
        // each open tab's heartbeat every five minutes, the tabs spread over those minutes; one now from each, so
        // that even the small run sends them
        var heartbeat =
                Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());
        long every = Duration.ofMinutes(5).toMillis();
        for (int i = 0; i < idle.size(); i++) {
            var user = idle.get(i);
            Runnable beat = () -> {
                try {
                    user.heartbeat();
                } catch (Exception e) {
                    error("heartbeat", e);
                }
            };
            beat.run();
            heartbeat.scheduleAtFixedRate(beat, every * (i + 1) / idle.size(), every, TimeUnit.MILLISECONDS);
        }
        // what the app logs as an error while everyone walks is an error of the run, even where the page went on
        long logFrom = Files.size(app.log());
        long started = System.nanoTime();
        long measureFrom = started + plan.warmUp().toNanos();
        long end = measureFrom + plan.length().toNanos();
        var cpu = new double[4];
        try (var walkers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < active.size(); i++) {
                var user = active.get(i);
                var person = this.people.get(i % this.people.size());
                var own = new Random(1000 + i);
                walkers.submit(() -> {
                    // spread the starts over one think time
                    sleep(own.nextLong(plan.thinkMax().toMillis() + 1));
                    while (System.nanoTime() < end) {
                        try {
                            journey(user, person, own, plan.thinkMin(), plan.thinkMax(), () -> System.nanoTime() < end);
                        } catch (Exception e) {
                            error("journey", e);
                            sleep(plan.thinkMax().toMillis());
                            try {
                                user.open("contacts"); // a new tab, as a person would reload
                            } catch (Exception again) {
                                error("reload", again);
                            }
                        }
                    }
                    return null;
                });
            }
            // CPU over the measured window only
            sleepUntil(measureFrom);
            cpu[0] = cpuSeconds(pid);
            cpu[1] = postgresCpuSeconds();
            cpu[2] = ownCpuSeconds();
            var machineBefore = machineTicks();
            sleepUntil(end);
            cpu[0] = cpuSeconds(pid) - cpu[0];
            cpu[1] = postgresCpuSeconds() - cpu[1];
            cpu[2] = ownCpuSeconds() - cpu[2];
            var machineAfter = machineTicks();
            cpu[3] = 1.0
                    - (double) (machineAfter[1] - machineBefore[1]) / Math.max(1, machineAfter[0] - machineBefore[0]);
        }
        heartbeat.shutdownNow();
        appErrors(logFrom);
        var measured = active.stream()
                .flatMap(user -> user.timings().stream())
                .filter(t -> t.startNanos() >= measureFrom && t.startNanos() < end)
                .toList();
        Map<String, Double> server = serverMillis();
        return report(measured, server, alone, aloneServer, perSessionKb, sessions, cpu);
    }

    private void signInAndOpen(VaadinUser user, Person person) throws IOException, InterruptedException {
        user.signIn(person.username(), person.password());
        user.open("contacts");
        if (!user.sees("vaadin-grid")) {
            throw new VaadinUser.Failure(person.username() + ": the contact list has no grid");
        }
    }

    /** The journey, with a think time after each step; stops between steps once {@code going} says so. */
    private void journey(
            VaadinUser user,
            Person person,
            Random random,
            Duration thinkMin,
            Duration thinkMax,
            java.util.function.BooleanSupplier going)
            throws IOException, InterruptedException {
        var steps = new ArrayList<Step>();
        steps.add(() -> user.navigate("contacts", "contacts"));
        steps.add(() -> user.choose("city-filter", "Member city", pick(person.cities(), random)));
        steps.add(() -> user.type("text-filter", "Summary contains", pick(words, random)));
        steps.add(() -> user.navigate("contact", "contact/" + pick(person.contacts(), random)));
        steps.add(() -> user.navigate("needs", "needs"));
        steps.add(() -> user.navigate("dashboard", "dashboard"));
        steps.add(() -> user.navigate("events", "events"));
        for (Step step : steps) {
            if (!going.getAsBoolean()) {
                return;
            }
            step.run();
            long think = thinkMin.toMillis() + random.nextLong(Math.max(1, thinkMax.toMillis() - thinkMin.toMillis()));
            Thread.sleep(think);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException, InterruptedException;
    }

    private void error(String where, Exception e) {
        errors.merge(where, 1, Integer::sum);
        if (errorSamples.size() < 5) {
            errorSamples.add(where + ": " + e);
        }
    }

    /** Counts the errors and refusals the app logged since {@code from} (a byte offset of its log). */
    private void appErrors(long from) throws IOException {
        byte[] log = Files.readAllBytes(app.log());
        String tail = new String(
                log,
                (int) Math.min(from, log.length),
                (int) Math.max(0, log.length - from),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String line : tail.split("\n")) {
            if (line.contains(" ERROR ") || line.contains("Refused:")) {
                errors.merge("app log", 1, Integer::sum);
                if (errorSamples.size() < 5) {
                    errorSamples.add("app log: " + line.substring(0, Math.min(200, line.length())));
                }
            }
        }
    }

    /** The server's own time per step id: the sum of its requests' times in the access log. */
    private Map<String, Double> serverMillis() throws IOException {
        var sums = new HashMap<String, Double>();
        try (var files = Files.list(accessLog)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("access"))
                    .toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] parts = line.split(" ");
                    if (parts.length >= 2 && !"-".equals(parts[0])) {
                        sums.merge(parts[0], Long.parseLong(parts[1]) / 1000.0, Double::sum);
                    }
                }
            }
        }
        return sums;
    }

    private Result report(
            List<VaadinUser.Timing> measured,
            Map<String, Double> server,
            List<VaadinUser.Timing> alone,
            Map<String, Double> aloneServer,
            double perSessionKb,
            int sessions,
            double[] cpu) {
        var lines = new ArrayList<String>();
        int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
        double seconds = plan.length().toNanos() / 1e9;
        lines.add(String.format(
                Locale.ROOT,
                "%d active people (think time %.1f–%.1f s) and %d more signed-in sessions, over HTTP against the app in a"
                        + " JVM of its own (Vaadin %s mode); measured for %.0f s after %.0f s of warm-up; %,d steps"
                        + " (%.1f a second), %d errors.",
                plan.active(),
                plan.thinkMin().toMillis() / 1000.0,
                plan.thinkMax().toMillis() / 1000.0,
                plan.idle(),
                StartAndMemory.mode(),
                seconds,
                plan.warmUp().toNanos() / 1e9,
                measured.size(),
                measured.size() / seconds,
                errorCount));
        lines.add("");
        lines.add(
                "| Step | Steps | Client p50 | Client p95 | Server p50 | Server p95 | One person: server p95 | Ratio (p95)"
                        + " | Target: client p95 ≤ 100 ms |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (String step : STEPS) {
            var own = measured.stream().filter(t -> t.step().equals(step)).toList();
            if (own.isEmpty()) {
                continue;
            }
            double[] client =
                    own.stream().mapToDouble(VaadinUser.Timing::millis).sorted().toArray();
            double[] serverTimes = own.stream()
                    .mapToDouble(t -> server.getOrDefault(t.id(), Double.NaN))
                    .filter(d -> !Double.isNaN(d))
                    .sorted()
                    .toArray();
            double[] aloneTimes = alone.stream()
                    .filter(t -> t.step().equals(step))
                    .mapToDouble(t -> aloneServer.getOrDefault(t.id(), Double.NaN))
                    .filter(d -> !Double.isNaN(d))
                    .sorted()
                    .toArray();
            double clientP95 = percentile(client, 95);
            boolean view = !step.endsWith("-pictures"); // pictures load after the view is shown: not judged
            boolean ok = clientP95 <= 100;
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.1f× | %s |",
                    step,
                    own.size(),
                    percentile(client, 50),
                    clientP95,
                    percentile(serverTimes, 50),
                    percentile(serverTimes, 95),
                    percentile(aloneTimes, 95),
                    percentile(serverTimes, 95) / Math.max(0.1, percentile(aloneTimes, 95)),
                    view ? Measurement.judged(ok) : "(after the view)"));
        }
        lines.add("");
        double steps = Math.max(1, measured.size());
        lines.add(String.format(
                Locale.ROOT,
                "CPU over the measured window (a chart's picture counts as a step): the app %.0f ms per step (%.0f%% of"
                        + " the machine's cores), PostgreSQL %.0f ms per step, the machine %.0f%% busy; the driver"
                        + " itself %.0f%% of one core.",
                cpu[0] * 1000 / steps,
                cpu[0] / seconds / Runtime.getRuntime().availableProcessors() * 100,
                cpu[1] * 1000 / steps,
                cpu[3] * 100,
                cpu[2] / seconds * 100));
        lines.add(String.format(
                Locale.ROOT,
                "Retained heap per session (%d sessions, heap after a full GC): %.0f KB — target ≤ 300 KB: %s.",
                sessions,
                perSessionKb,
                Measurement.judged(perSessionKb <= 300)));
        lines.add(String.format(
                Locale.ROOT,
                "Errors: %d — target 0: %s%s",
                errorCount,
                Measurement.judged(errorCount == 0),
                errorSamples.isEmpty() ? "." : " (" + String.join("; ", errorSamples) + ")."));
        return new Result(lines, errorCount, measured.size());
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    private long heapAfterGc() throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, String.valueOf(app.pid()), "GC.run");
        run(jcmd, String.valueOf(app.pid()), "GC.run");
        var used = USED.matcher(run(jcmd, String.valueOf(app.pid()), "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd did not tell the app's heap");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /** User and system CPU of a process, from {@code /proc} (clock ticks of 1/100 s). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state(0) … utime(11) stime(12) cutime(13) cstime(14)
            return (Long.parseLong(fields[11])
                            + Long.parseLong(fields[12])
                            + Long.parseLong(fields[13])
                            + Long.parseLong(fields[14]))
                    / 100.0;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /**
     * The CPU of the benchmark's PostgreSQL: its server (found by the port in its command line) and the server's
     * children, its backends (ended backends count in the server's own figure).
     */
    private double postgresCpuSeconds() throws IOException {
        var servers = new java.util.HashSet<Long>();
        var parents = new HashMap<Long, Long>();
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.toList()) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (!stat.contains("(postgres)")) {
                        continue;
                    }
                    long pid = Long.parseLong(name);
                    parents.put(
                            pid,
                            Long.parseLong(
                                    stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]));
                    String command = new String(
                                    Files.readAllBytes(process.resolve("cmdline")),
                                    java.nio.charset.StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    if (command.contains(" -p " + databasePort + " ")) {
                        servers.add(pid);
                    }
                } catch (IOException | RuntimeException gone) {
                    // ended meanwhile
                }
            }
        }
        double sum = 0;
        for (var process : parents.entrySet()) {
            if (servers.contains(process.getKey()) || servers.contains(process.getValue())) {
                sum += cpuSeconds(process.getKey());
            }
        }
        return sum;
    }

    private static double ownCpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    /** The machine's total and idle (with I/O wait) clock ticks, from {@code /proc/stat}. */
    private static long[] machineTicks() throws IOException {
        String[] cpu =
                Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long total = Arrays.stream(cpu).skip(1).mapToLong(Long::parseLong).sum();
        return new long[] {total, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5])};
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
