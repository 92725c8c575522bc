package org.regionalhealth.populationscreening;

/** The result of the diagnostic step after a positive first stage; labels {@code enum.FollowUpOutcome.*}. */
public enum FollowUpOutcome {
    /** 肠镜未见异常. */
    CRC_NORMAL(Programme.COLORECTAL, false),
    /** 非进展期腺瘤或息肉. */
    CRC_POLYP(Programme.COLORECTAL, false),
    /** 进展期腺瘤. */
    CRC_ADVANCED_ADENOMA(Programme.COLORECTAL, true),
    /** 结直肠癌. */
    CRC_CANCER(Programme.COLORECTAL, true),
    /** 其他肠道疾病. */
    CRC_OTHER(Programme.COLORECTAL, false),
    /** 复筛阴性，回归常规儿童保健. */
    ASD_RESCREEN_NEGATIVE(Programme.AUTISM, false),
    /** 确诊孤独症谱系障碍. */
    ASD_DIAGNOSED(Programme.AUTISM, true),
    /** 其他发育行为问题. */
    ASD_OTHER_DEVELOPMENTAL(Programme.AUTISM, false),
    /** X 线 Cobb 角 &lt; 10°，未见脊柱侧弯. */
    SPINE_NORMAL(Programme.SPINE, false),
    /** 姿势性（非结构性）脊柱侧弯，纠正姿势. */
    SPINE_POSTURAL(Programme.SPINE, false),
    /** Cobb 角 ≥ 10°，确诊脊柱侧弯. */
    SPINE_SCOLIOSIS(Programme.SPINE, true),
    /** 其他脊柱弯曲异常（前凸、后凸）. */
    SPINE_OTHER(Programme.SPINE, false),
    /** 肺功能正常. */
    COPD_NORMAL(Programme.COPD, false),
    /** 确诊慢阻肺：支气管舒张后 FEV1/FVC &lt; 0.70. */
    COPD_CONFIRMED(Programme.COPD, true),
    /** 其他肺功能异常. */
    COPD_OTHER(Programme.COPD, false);

    private final Programme programme;
    private final boolean target;

    FollowUpOutcome(Programme programme, boolean target) {
        this.programme = programme;
        this.target = target;
    }

    public Programme programme() {
        return programme;
    }

    /** Whether the outcome is what the programme looks for (cancer or advanced adenoma; autism). */
    public boolean target() {
        return target;
    }

    public static java.util.List<FollowUpOutcome> of(Programme programme) {
        return java.util.Arrays.stream(values())
                .filter(o -> o.programme == programme)
                .toList();
    }
}
