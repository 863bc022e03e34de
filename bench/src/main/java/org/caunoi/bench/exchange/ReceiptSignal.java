package org.caunoi.bench.exchange;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tells the benchmark when the sending hub has committed a message's outcome, without polling: a
 * trigger on the outbox (installed by the benchmark in its throwaway database) notifies on every
 * state change, and PostgreSQL delivers the notification once the hub's transaction has committed.
 * That is the moment a message counts as delivered: its signed receipt is stored.
 */
final class ReceiptSignal implements AutoCloseable {

    private static final String CHANNEL = "bench_outbox_state";

    private final Connection connection;
    private final ConcurrentHashMap<String, CompletableFuture<String>> outcomes = new ConcurrentHashMap<>();
    private final Thread listener;
    private volatile boolean open = true;

    ReceiptSignal(JdbcTemplate hubDatabase, String jdbcUrl) throws SQLException {
        hubDatabase.execute("""
                CREATE OR REPLACE FUNCTION exchange.bench_notify_state() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('%s', NEW.message_id || ' ' || NEW.state);
                    RETURN NEW;
                END $$""".formatted(CHANNEL));
        hubDatabase.execute("""
                CREATE OR REPLACE TRIGGER bench_notify_state AFTER UPDATE OF state ON exchange.outbound_message
                FOR EACH ROW WHEN (NEW.state <> 'QUEUED') EXECUTE FUNCTION exchange.bench_notify_state()""");
        connection = DriverManager.getConnection(jdbcUrl);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        listener = Thread.ofPlatform().name("receipt-signal").daemon().start(this::listen);
    }

    /** Completes with the state the message reached after its attempt (RECEIPT_RECEIVED when delivered). */
    CompletableFuture<String> outcomeOf(String messageId) {
        return outcomes.computeIfAbsent(messageId, id -> new CompletableFuture<>());
    }

    void forget(String messageId) {
        outcomes.remove(messageId);
    }

    private void listen() {
        PGConnection pg;
        try {
            pg = connection.unwrap(PGConnection.class);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        while (open) {
            try {
                PGNotification[] notifications = pg.getNotifications(200);
                if (notifications == null) {
                    continue;
                }
                for (PGNotification notification : notifications) {
                    String[] idAndState = notification.getParameter().split(" ", 2);
                    outcomeOf(idAndState[0]).complete(idAndState[1]);
                }
            }
            catch (SQLException e) {
                if (open) {
                    System.err.println("receipt signal: " + e);
                }
                return;
            }
        }
    }

    @Override
    public void close() throws Exception {
        open = false;
        listener.join(1000);
        connection.close();
    }
}
