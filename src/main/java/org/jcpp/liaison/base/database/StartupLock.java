package org.jcpp.liaison.base.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * App nodes started at once do their start-up work (the first admin account, demo data, the first summaries) one
 * after the other: the first start-up step takes a PostgreSQL advisory lock that the last one gives back, so a node
 * that waited finds the work done (without it, two fresh nodes both created the first admin, and one failed to
 * start). Liquibase has its own lock for the migrations, which run before this. A node that dies while holding the
 * lock loses its connection and with it the lock.
 */
@Configuration(proxyBeanMethods = false)
class StartupLock {

    /** The advisory lock's key ("liaison-startup"); no other lock of the app uses advisory locks. */
    static final long KEY = 0x6c6961697374L;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private @Nullable Connection held;

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner startupLockTaken(DataSource dataSource) {
        return args -> take(dataSource);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner startupLockGivenBack() {
        return this::giveBack;
    }

    private void take(DataSource dataSource) throws SQLException {
        var connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        try (Statement sql = connection.createStatement()) {
            if (!tryLock(sql)) {
                log.info("Another app node is starting: waiting for it to finish its start-up work");
                sql.execute("SELECT pg_advisory_lock(" + KEY + ")");
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        held = connection;
    }

    private static boolean tryLock(Statement sql) throws SQLException {
        try (var result = sql.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    private void giveBack(ApplicationArguments args) throws SQLException {
        var connection = held;
        held = null;
        if (connection != null) {
            try (connection;
                    Statement sql = connection.createStatement()) {
                sql.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            }
        }
    }
}
