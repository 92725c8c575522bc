package org.regionalhealth.emergency.rewards;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reward for the bystander of one arrest, through proposed → approved → paid (or rejected). */
public record Reward(
        long id,
        long arrestId,
        int ruleVersion,
        BigDecimal amount,
        RewardState state,
        String proposedBy,
        Instant proposedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable Instant paidAt,
        @Nullable String paymentRef) {}
