package org.jcpp.liaison.base.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server from Maven-packaged binaries when no {@code spring.datasource.url} is configured,
 * and builds the application's DataSource from it (so Boot's own DataSource auto-configuration backs off).
 *
 * <p>The data directory persists between runs. fsync and synchronous commit are on, unlike zonky's defaults, so a
 * crash loses nothing that was committed. A server left running by a killed app is stopped before the new one starts;
 * a second app on the same data directory is refused with a clear message.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${liaison.database.data-dir}") String dataDir,
            @Value("${liaison.database.port:0}") int port,
            @Value("${liaison.database.throwaway:false}") boolean throwaway)
            throws IOException {
        return start(Path.of(dataDir), port, throwaway);
    }

    /**
     * Starts PostgreSQL on a data directory. A throwaway server (tests) starts from an empty directory, skips fsync and
     * deletes its data when closed; otherwise the data persists and every commit is durable.
     */
    static EmbeddedPostgres start(Path dataDir, int port, boolean throwaway) throws IOException {
        Path directory = dataDir.toAbsolutePath().normalize();
        DataDirectoryGuard.prepare(directory);
        String durable = throwaway ? "off" : "on";
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(throwaway)
                .setPort(port)
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(), directory);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("liaison-embedded");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
