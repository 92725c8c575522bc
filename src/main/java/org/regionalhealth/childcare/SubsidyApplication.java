package org.regionalhealth.childcare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A subsidy application as stored. Identifiers are as stored: mask them for the reader. */
public record SubsidyApplication(
        long id,
        long ruleId,
        String scheme,
        int ruleVersion,
        int period,
        String childIdNumber,
        String childName,
        LocalDate birthDate,
        @Nullable Long childResidentId,
        String hukouTown,
        String applicantName,
        String applicantPhone,
        @Nullable Long applicantResidentId,
        String relation,
        String bankAccount,
        int months,
        BigDecimal amount,
        ApplicationState state,
        @Nullable String returnReason,
        Instant submittedAt,
        @Nullable Long batchId) {}
