package org.regionalhealth.vaccination.payment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo's payment gateway: a ledger table keyed by the idempotency key, so a retried charge is charged once. */
@Component
class SimulatedPaymentGateway implements PaymentGateway {

    private final JdbcClient jdbc;
    private final Clock clock;

    SimulatedPaymentGateway(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String charge(String idempotencyKey, BigDecimal amount, String description) {
        jdbc.sql(
                        """
                        insert into vaccination_gateway_charge (idempotency_key, gateway_ref, amount, charged_at)
                        values (?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(
                        idempotencyKey,
                        "SIM" + UUID.randomUUID().toString().replace("-", "").substring(0, 20),
                        amount,
                        Timestamp.from(Instant.now(clock)))
                .update();
        return jdbc.sql("select gateway_ref from vaccination_gateway_charge where idempotency_key = ?")
                .param(idempotencyKey)
                .query(String.class)
                .single();
    }

    @Override
    public void refund(String idempotencyKey) {
        jdbc.sql("update vaccination_gateway_charge set refunded = true where idempotency_key = ?")
                .param(idempotencyKey)
                .update();
    }
}
