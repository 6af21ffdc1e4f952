package org.jcpp.liaison.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * The app as the {@code Dockerfile} runs it: the production jar extracted into its classes' jars, started with the
 * JVM's ahead-of-time cache (Java 25) written by a training start on a throwaway embedded database that stops once
 * the context is refreshed. The load run's app starts this way when the build made the production jar, so the
 * startup measure is a deployment's.
 */
final class DeployedApp {

    /** How the app was launched: the JVM options and main part of its command, and the report's words for it. */
    record Launch(List<String> jvmOptions, List<String> main, String description) {}

    private DeployedApp() {}

    /**
     * Extracts the production jar from {@code target} into {@code target/deployed-app} and trains its cache; empty when
     * there is no production jar (a build without {@code -Pproduction}, or not packaged). Should the training fail,
     * the app starts without the cache, as the {@code Dockerfile}'s does, and the description says so.
     */
    static Optional<Launch> prepare(Path target) throws IOException, InterruptedException {
        Optional<Path> jar;
        try (Stream<Path> files = Files.list(target)) {
            // the newest, should an older version's jar be left over
            jar = files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith("jcpp-liaison-") && name.endsWith(".jar");
                    })
                    .max(Comparator.comparingLong(file -> file.toFile().lastModified()));
        }
        if (jar.isEmpty() || !"production".equals(StartAndMemory.mode())) {
            return Optional.empty();
        }
        Path dir = target.resolve("deployed-app").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path extractLog = dir.resolveSibling("deployed-app-extract.log");
        Path app = dir.resolve(jar.get().getFileName());
        boolean extracted = run(
                extractLog,
                List.of(),
                java,
                "-Djarmode=tools",
                "-jar",
                jar.get().toAbsolutePath().toString(),
                "extract",
                "--destination",
                dir.toString());
        if (!extracted || !Files.exists(app)) {
            throw new IllegalStateException("The production jar could not be extracted: see " + extractLog);
        }
        Path cache = dir.resolve("app.aot");
        Path trainingDb = dir.resolve("training-db");
        // the Dockerfile's training start
        boolean trained = run(
                        dir.resolve("training.log"),
                        List.of(
                                "LIAISON_DATA_DIR=" + trainingDb,
                                "LIAISON_DATABASE_THROWAWAY=true",
                                "LIAISON_DEMO=false",
                                "LIAISON_ADMIN_PASSWORD=only-for-the-training-start"),
                        java,
                        "-XX:AOTCacheOutput=" + cache,
                        "-Dspring.context.exit=onRefresh",
                        "-jar",
                        app.toString())
                && Files.exists(cache);
        try {
            FileSystemUtils.deleteRecursively(trainingDb);
        } catch (IOException left) {
            // a throwaway directory under target/: whatever is left goes with the next run or a clean
        }
        var options = new ArrayList<String>();
        if (trained) {
            options.add("-XX:AOTCache=" + cache);
        }
        return Optional.of(new Launch(
                options,
                List.of("-jar", app.toString()),
                trained
                        ? "the production jar extracted, with the ahead-of-time cache of a training start, as the"
                                + " Dockerfile runs it"
                        : "the production jar extracted, without a cache (its training start failed: see "
                                + dir.resolve("training.log") + ")"));
    }

    /** Runs a command to its end (ten minutes at most) with none of the caller's settings but {@code environment}. */
    private static boolean run(Path log, List<String> environment, String... command)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // a SPRING_DATASOURCE_URL in the shell would otherwise have the training start migrate that database
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("LIAISON_"));
        for (String variable : environment) {
            int equals = variable.indexOf('=');
            builder.environment().put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        var process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroy(); // its shutdown hooks stop the embedded database
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            return false;
        }
        return process.exitValue() == 0;
    }
}
