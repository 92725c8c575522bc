package org.regionalhealth.vaccination;

import java.time.Instant;

/**
 * A suspected adverse event following immunization was reported, linked to the dose and its lot; a serious one opens
 * an investigation (《全国疑似预防接种异常反应监测方案》: report within 2 hours).
 */
public record AefiReported(
        long aefiId,
        long recordId,
        long residentId,
        long clinicId,
        Long lotId,
        String product,
        boolean serious,
        Instant reportedAt) {}
