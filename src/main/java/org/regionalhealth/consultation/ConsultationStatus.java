package org.regionalhealth.consultation;

/** 待接诊 → 问诊中 → 已结束, or 已终止 (转线下就诊) when the doctor judges online care unsuitable. */
public enum ConsultationStatus {
    WAITING,
    IN_PROGRESS,
    CLOSED,
    TERMINATED
}
