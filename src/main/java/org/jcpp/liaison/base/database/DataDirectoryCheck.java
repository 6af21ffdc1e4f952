package org.jcpp.liaison.base.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses a second app on the same embedded data directory before anything else starts (web server, Vaadin), so the
 * user sees only the clear message, not the noise of half-started components.
 */
class DataDirectoryCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("spring.datasource.url", "").isBlank()
                || environment.getProperty("liaison.database.throwaway", Boolean.class, false)) {
            return;
        }
        String dataDir = environment.getProperty("liaison.database.data-dir");
        if (dataDir == null || !Files.isDirectory(Path.of(dataDir))) {
            return;
        }
        try {
            DataDirectoryGuard.ensureNotInUse(Path.of(dataDir).toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.properties has been read
    }
}
