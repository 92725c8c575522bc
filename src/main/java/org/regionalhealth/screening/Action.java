package org.regionalhealth.screening;

/**
 * What the prescription workflow does with a finding (research §3.5, Chinese action column), least to most
 * restrictive. The tier→action mapping is configuration ({@link ScreeningProperties#actions()}).
 */
public enum Action {
    /** 通过: logged only */
    PASS("通过"),
    /** 提示: shown to the prescriber, no stop */
    NOTICE("提示"),
    /** 拦截，可双签: stops until the prescriber states a reason and signs a second time (《处方管理办法》第六条) */
    BLOCK_OVERRIDABLE("拦截可双签"),
    /** 药师必审: stops until a pharmacist has reviewed it (审核规范: 系统不能审核的部分应当由药师人工审核) */
    PHARMACIST_REVIEW("药师必审"),
    /** 驳回: must be modified; no override */
    REJECT("驳回");

    private final String labelZh;

    Action(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /** The more restrictive of two actions. */
    public static Action max(Action a, Action b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
