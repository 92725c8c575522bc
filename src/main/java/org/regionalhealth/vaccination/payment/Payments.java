package org.regionalhealth.vaccination.payment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.platform.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Payments of visits through the {@link PaymentGateway}: one paid payment per visit, the idempotency key makes a
 * retried request return the first payment (a payment retried ten times charges once), refunds when a self-paid
 * vaccine is not given.
 */
@Component("vaccinationPayments")
public class Payments {

    private final JdbcClient jdbc;
    private final PaymentGateway gateway;
    private final Clock clock;

    Payments(JdbcClient jdbc, PaymentGateway gateway, Clock clock) {
        this.jdbc = jdbc;
        this.gateway = gateway;
        this.clock = clock;
    }

    /**
     * Pays the amount for the visit. The caller holds the visit's row lock, so concurrent retries run one after another.
     */
    public Payment pay(long visitId, BigDecimal amount, String idempotencyKey, String description) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 80) {
            throw PlatformException.invalidField("VACCINATION_PAYMENT_KEY", "idempotencyKey", "缺少支付请求编号");
        }
        var byKey = byKey(idempotencyKey);
        if (byKey.isPresent()) {
            if (byKey.get().visitId() != visitId) {
                throw PlatformException.conflict("VACCINATION_PAYMENT_KEY_REUSED", "支付请求编号已用于其他预约");
            }
            return byKey.get();
        }
        var paid = paidFor(visitId);
        if (paid.isPresent()) {
            return paid.get(); // already paid under another key: never charge twice
        }
        if (amount.signum() <= 0) {
            throw PlatformException.conflict("VACCINATION_NOTHING_TO_PAY", "本次接种均为免费疫苗，无需缴费");
        }
        var ref = gateway.charge(idempotencyKey, amount, description);
        var now = Instant.now(clock);
        long id = jdbc.sql(
                        """
                        insert into vaccination_payment (visit_id, idempotency_key, amount, state, gateway_ref,
                            receipt_no, paid_at)
                        values (?, ?, ?, 'PAID', ?, ?, ?) returning id""")
                .params(
                        visitId,
                        idempotencyKey,
                        amount,
                        ref,
                        "JZ" + java.time.LocalDate.now(clock).toString().replace("-", "")
                                + String.format("%06d", visitId),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
        return find(id).orElseThrow();
    }

    public Optional<Payment> paidFor(long visitId) {
        return jdbc.sql("select * from vaccination_payment where visit_id = ? and state = 'PAID'")
                .param(visitId)
                .query(Payments::payment)
                .optional();
    }

    public List<Payment> of(long visitId) {
        return jdbc.sql("select * from vaccination_payment where visit_id = ? order by id")
                .param(visitId)
                .query(Payments::payment)
                .list();
    }

    /** Refunds the visit's payment, if any. */
    public Optional<Payment> refund(long visitId) {
        var paid = paidFor(visitId);
        paid.ifPresent(p -> {
            gateway.refund(jdbc.sql("select idempotency_key from vaccination_payment where id = ?")
                    .param(p.id())
                    .query(String.class)
                    .single());
            jdbc.sql("update vaccination_payment set state = 'REFUNDED', refunded_at = ? where id = ?")
                    .params(Timestamp.from(Instant.now(clock)), p.id())
                    .update();
        });
        return paid.flatMap(p -> find(p.id()));
    }

    /** Charges the gateway holds for a key (the retry test counts them). */
    public int gatewayCharges(String idempotencyKey) {
        return jdbc.sql("select count(*) from vaccination_gateway_charge where idempotency_key = ?")
                .param(idempotencyKey)
                .query(Integer.class)
                .single();
    }

    private Optional<Payment> byKey(String key) {
        return jdbc.sql("select * from vaccination_payment where idempotency_key = ?")
                .param(key)
                .query(Payments::payment)
                .optional();
    }

    private Optional<Payment> find(long id) {
        return jdbc.sql("select * from vaccination_payment where id = ?")
                .param(id)
                .query(Payments::payment)
                .optional();
    }

    private static Payment payment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var refunded = rs.getTimestamp("refunded_at");
        return new Payment(
                rs.getLong("id"),
                rs.getLong("visit_id"),
                rs.getBigDecimal("amount"),
                rs.getString("state"),
                rs.getString("receipt_no"),
                rs.getString("gateway_ref"),
                rs.getTimestamp("paid_at").toInstant(),
                refunded == null ? null : refunded.toInstant());
    }
}
