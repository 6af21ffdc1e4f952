package org.jcpp.liaison.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The signals between app nodes: what another node sends reaches this one, and when this node's listening connection
 * is cut (a database restart, a network blip) it listens again and tells its handlers that they may have missed some.
 */
@IntegrationTest
class DatabaseSignalsIT {

    @Autowired
    DatabaseSignals signals;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void another_nodes_signal_arrives_and_after_a_cut_connection_this_node_listens_again_and_says_so()
            throws Exception {
        var heard = new LinkedBlockingQueue<String>();
        signals.on("test-probe", heard::add);
        for (int i = 0; i < 100 && !signals.listening(); i++) {
            Thread.sleep(100);
        }

        jdbc.execute("NOTIFY liaison_signals, 'othernode|test-probe|one'"); // as another node sends it
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("one");

        Integer cut = jdbc.queryForObject(
                "WITH listener AS MATERIALIZED (SELECT pid FROM pg_stat_activity WHERE application_name = '"
                        + DatabaseSignals.APPLICATION_NAME + "' AND datname = current_database()"
                        + " AND pid <> pg_backend_pid())"
                        + " SELECT count(*)::int FROM listener WHERE pg_terminate_backend(pid)",
                Integer.class);
        assertThat(cut).isEqualTo(1);
        assertThat(heard.poll(10, TimeUnit.SECONDS))
                .as("told after listening again")
                .isEqualTo(DatabaseSignals.RESET);
        assertThat(signals.listening()).isTrue();

        jdbc.execute("NOTIFY liaison_signals, 'othernode|test-probe|two'");
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("two");
        // a signal of this node's own is handled here once, after its commit, not a second time from the database
        signals.send("test-probe", "three");
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("three");
        assertThat(heard.poll(1, TimeUnit.SECONDS)).isNull();
    }
}
