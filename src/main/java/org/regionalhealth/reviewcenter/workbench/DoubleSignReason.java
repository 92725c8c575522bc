package org.regionalhealth.reviewcenter.workbench;

import java.util.Arrays;
import java.util.Optional;

/**
 * Coded reasons a doctor double-signs (双签) with. The legal root is 《处方管理办法》第六条 (超剂量使用 "应当注明原因并再次签名")
 * and 第十九条 (longer supply for chronic, geriatric or special cases); the list follows the vendors' reason catalogues
 * (research §2.6: crtech {@code usereason}).
 */
public enum DoubleSignReason {
    CLINICAL_NEED("病情需要，已评估获益大于风险", "Clinical need, benefit outweighs risk"),
    GUIDELINE("符合诊疗指南或专家共识", "Supported by a guideline or consensus"),
    PATIENT_TOLERATED("患者既往使用耐受良好", "Previously well tolerated"),
    MONITORED("已安排监测（血药浓度、肝肾功能等）", "Monitoring arranged"),
    CHRONIC_SUPPLY("慢性病、老年病需延长用量（第十九条）", "Chronic or geriatric disease: longer supply"),
    INFORMED_CONSENT("已告知患者风险并知情同意", "Patient informed and consented"),
    OTHER("其他（须填写说明）", "Other (explain)");

    private final String labelZh;
    private final String labelEn;

    DoubleSignReason(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    static Optional<DoubleSignReason> parse(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
