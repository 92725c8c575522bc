package org.regionalhealth.platform.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.regionalhealth.platform.ClusterBroadcast;
import org.regionalhealth.platform.ClusterMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link ClusterBroadcast} over PostgreSQL {@code LISTEN/NOTIFY} on channel {@value #CHANNEL}. Sending is
 * {@code pg_notify} on the caller's connection, so PostgreSQL delivers it when (and only if) the caller's transaction
 * commits. One daemon thread per node holds a dedicated connection that {@code LISTEN}s and turns every notification
 * from another node into a local {@link ClusterMessage}; this node's own notifications are skipped there, because
 * {@link #send} already delivered them locally after commit. When the listening connection breaks, the thread
 * reconnects (1 s, doubling to 30 s) and publishes {@link ClusterMessage#RESYNC}.
 */
@Component
class PgNotifyBroadcast implements ClusterBroadcast, SmartLifecycle {

    static final String CHANNEL = "rhp_cluster";

    private static final Logger log = LoggerFactory.getLogger(PgNotifyBroadcast.class);
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9.-]{0,59}");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final String node;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Thread listener;
    private volatile boolean listening;

    PgNotifyBroadcast(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events, ClusterNode node) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
        this.node = node.id();
    }

    @Override
    public void send(String topic, String payload) {
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("topic must be lower-case words with dots or dashes: " + topic);
        }
        if (payload.length() > 1000 || payload.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("payload must be one line of at most 1,000 characters");
        }
        jdbc.sql("select pg_notify(?, ?)")
                .params(CHANNEL, node + "\n" + topic + "\n" + payload)
                .query((rs, row) -> 1)
                .list();
        var local = new ClusterMessage(topic, payload, true);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(local);
                }
            });
        } else {
            events.publishEvent(local);
        }
    }

    /** Whether the listening connection is up (a test waits for it before it sends). */
    boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            var thread = new Thread(this::listen, "cluster-listen");
            thread.setDaemon(true);
            listener = thread;
            thread.start();
        }
    }

    @Override
    public void stop() {
        running.set(false);
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    private void listen() {
        long backoff = 1_000;
        boolean lostBefore = false;
        while (running.get()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                listening = true;
                backoff = 1_000;
                if (lostBefore) {
                    log.info("Cluster messages: listening again; caches are dropped in case messages were missed");
                    events.publishEvent(new ClusterMessage(ClusterMessage.RESYNC, "", false));
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running.get()) {
                    PGNotification[] received = pg.getNotifications(500);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running.get()) {
                    return;
                }
                lostBefore = true;
                log.warn("Cluster messages: listening connection lost ({}); retrying in {} ms", e.toString(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
        listening = false;
    }

    private void deliver(String raw) {
        String[] parts = raw.split("\n", 3);
        if (parts.length != 3 || parts[0].equals(node)) {
            return;
        }
        try {
            events.publishEvent(new ClusterMessage(parts[1], parts[2], false));
        } catch (RuntimeException e) {
            log.error("Cluster message {} from {} failed on this node", parts[1], parts[0], e);
        }
    }
}
