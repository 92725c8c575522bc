package org.regionalhealth.drugs.labels;

import java.util.Optional;

/**
 * The sections of a Chinese drug label (说明书) the service answers from, in the order of 《化学药品和治疗用生物制品说明书规范细则》
 * (国食药监注〔2006〕202号). {@link #code()} is the intent name of {@code GET /api/drugs/ask}.
 */
public enum LabelSection {
    INDICATIONS("indications", "适应症"),
    DOSAGE("dosage", "用法用量"),
    ADVERSE_REACTIONS("adverse_reactions", "不良反应"),
    CONTRAINDICATIONS("contraindications", "禁忌"),
    PRECAUTIONS("precautions", "注意事项"),
    PREGNANCY_LACTATION("pregnancy_lactation", "孕妇及哺乳期妇女用药"),
    CHILDREN("children", "儿童用药"),
    ELDERLY("elderly", "老年用药"),
    INTERACTIONS("interactions", "药物相互作用"),
    STORAGE("storage", "贮藏");

    private final String code;
    private final String titleZh;

    LabelSection(String code, String titleZh) {
        this.code = code;
        this.titleZh = titleZh;
    }

    public String code() {
        return code;
    }

    public String titleZh() {
        return titleZh;
    }

    public static Optional<LabelSection> ofCode(String code) {
        for (var s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
