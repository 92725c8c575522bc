package org.regionalhealth.reviewcenter.workbench;

import java.util.Arrays;
import java.util.Optional;

/**
 * Coded reasons a doctor double-signs (双签) with. The legal root is 《处方管理办法》第六条 (超剂量使用 "应当注明原因并再次签名")
 * and 第十九条 (longer supply for chronic, geriatric or special cases); the list follows the vendors' reason catalogues
 * (research §2.6: crtech {@code usereason}).
 */
public enum DoubleSignReason {
    CLINICAL_NEED,
    GUIDELINE,
    PATIENT_TOLERATED,
    MONITORED,
    CHRONIC_SUPPLY,
    INFORMED_CONSENT,
    OTHER;

    DoubleSignReason() {}

    static Optional<DoubleSignReason> parse(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
