package org.jcpp.liaison.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The scheduled jobs' locks are timed by the database's clock, whatever the time zone of the node that takes them: the
 * app runs in the program's zone (America/Chicago), another node may run in UTC.
 */
@IntegrationTest
class SchedulerLockIT {

    @Autowired
    LockProvider lockProvider;

    @Autowired
    DataSource dataSource;

    @Test
    void a_lock_is_stamped_with_the_databases_clock() {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("America/Chicago"); // the app's zone, not UTC
        SimpleLock lock = lockProvider.lock(lock("clock-probe")).orElseThrow();
        try {
            Double lockedSecondsAgo = new JdbcTemplate(dataSource)
                    .queryForObject(
                            "SELECT extract(epoch FROM now()) - extract(epoch FROM locked_at) FROM shedlock"
                                    + " WHERE name = 'clock-probe'",
                            Double.class);
            assertThat(lockedSecondsAgo).isCloseTo(0.0, within(5.0));
        } finally {
            lock.unlock();
        }
    }

    @Test
    void a_lock_released_by_a_node_in_chicago_is_free_at_once_for_a_node_in_utc() throws Exception {
        lockProvider.lock(lock("zone-probe")).orElseThrow().unlock();

        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("SET TIME ZONE 'UTC'"); // as a node whose JVM runs in UTC
            try {
                var utcNode = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(new SingleConnectionDataSource(connection, true)))
                        .usingDbTime()
                        .build());
                var taken = utcNode.lock(lock("zone-probe"));
                assertThat(taken).as("the UTC node takes the released lock").isPresent();
                taken.get().unlock();
            } finally {
                connection.createStatement().execute("RESET TIME ZONE"); // the connection goes back to the pool
            }
        }
    }

    private static LockConfiguration lock(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
    }
}
