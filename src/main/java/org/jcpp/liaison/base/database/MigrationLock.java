package org.jcpp.liaison.base.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * App nodes started at once migrate the database one after the other. Liquibase's own lock does not cover its first
 * step on an empty database: two nodes both created the table {@code databasechangelog}, and one failed to start
 * (found by {@code ConcurrentStartIT}). So the migrations run under a PostgreSQL advisory lock, taken on the
 * migrations' connection before Liquibase starts and given back when it is done; a node that waited finds every
 * changeset applied. A node that dies holding it loses its connection, and with it the lock.
 */
@Component
class MigrationLock implements BeanPostProcessor {

    /** The advisory lock's key ("liaison-migrate"); distinct from {@link StartupLock#KEY}. */
    static final long KEY = 0x6c6961697375L;

    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

    private final Map<String, Connection> held = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() instanceof DataSource migrations) {
            try {
                var connection = migrations.getConnection();
                connection.setAutoCommit(true);
                // asked again every 200 ms rather than waited for in one statement: a waiting statement holds a
                // snapshot, and a CREATE INDEX CONCURRENTLY of the other node's migrations waits for every older
                // snapshot to end: the two nodes would wait for each other for ever
                boolean told = false;
                while (!tryLock(connection)) {
                    if (!told) {
                        log.info("Another app node is migrating the database: waiting for it");
                        told = true;
                    }
                    Thread.sleep(200);
                }
                held.put(beanName, connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not take the lock for the database migrations", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for another node's database migrations", e);
            }
        }
        return bean;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                var free = sql.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
            return free.next() && free.getBoolean(1);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        var connection = held.remove(beanName);
        if (connection != null) {
            try (connection;
                    Statement sql = connection.createStatement()) {
                sql.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            } catch (SQLException closedWithItsDataSource) {
                // the migrations' data source was closed after them: the lock went with the connection
            }
        }
        return bean;
    }
}
