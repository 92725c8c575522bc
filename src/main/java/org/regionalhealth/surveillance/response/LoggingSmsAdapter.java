package org.regionalhealth.surveillance.response;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SMS port's adapter until an operator gateway is contracted: logs the message and keeps it in
 * {@code surveillance_sms_log}, so dispatch is visible and testable end to end without sending anything.
 */
@Component
class LoggingSmsAdapter implements SmsPort {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsAdapter.class);

    private final JdbcClient jdbc;

    private final Clock clock;

    LoggingSmsAdapter(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    public void send(long signalId, String recipient, String text) {
        jdbc.sql("insert into surveillance_sms_log (signal_id, recipient, text, sent_at) values (?, ?, ?, ?)")
                .params(signalId, recipient, text, Timestamp.from(Instant.now(clock)))
                .update();
        log.info("SMS to {} for signal {}: {}", recipient, signalId, text);
    }
}
