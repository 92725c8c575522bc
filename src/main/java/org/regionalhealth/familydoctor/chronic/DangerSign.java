package org.regionalhealth.familydoctor.chronic;

/**
 * Danger signs that call for an emergency referral whatever the readings (国家基本公共卫生服务规范（第三版）, 2017:
 * 高血压患者健康管理服务规范 “随访评估” 1 and 2型糖尿病患者健康管理服务规范 “随访评估” 1; research §2.1–2.2).
 */
public enum DangerSign {
    ALTERED_CONSCIOUSNESS("意识或行为改变"),
    SEVERE_HEADACHE_OR_DIZZINESS("剧烈头痛或头晕"),
    NAUSEA_VOMITING("恶心呕吐"),
    BLURRED_VISION_EYE_PAIN("视力模糊、眼痛或视力骤降"),
    PALPITATIONS_CHEST_TIGHTNESS("心悸、胸闷"),
    BREATHLESS_CANNOT_LIE_FLAT("喘憋不能平卧"),
    ACETONE_BREATH("呼气有烂苹果样丙酮味"),
    DEHYDRATION_SIGNS("多饮多尿、腹痛、深大呼吸、皮肤潮红"),
    OTHER_UNMANAGEABLE("其他基层无法处理的情况");

    private final String labelZh;

    DangerSign(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
