package org.regionalhealth.vaccination.payment;

import java.math.BigDecimal;

/**
 * The payment port (便民付): a real deployment plugs in the hospital's aggregated payment (WeChat Pay, Alipay, 医保
 * mobile payment); the demo uses {@link SimulatedPaymentGateway}. Both operations are idempotent on the key: a
 * charge retried with the same key charges once and returns the same reference.
 */
public interface PaymentGateway {

    /** Charges the amount; the same key returns the first charge's reference without charging again. */
    String charge(String idempotencyKey, BigDecimal amount, String description);

    /** Refunds a charge in full; refunding twice is harmless. */
    void refund(String idempotencyKey);
}
