package org.regionalhealth.drugs.catalogue;

import java.util.Optional;

/**
 * 医保类别 of the 国家基本医疗保险、工伤保险和生育保险药品目录: 甲类 (paid at the full rate), 乙类 (the insured pays a share
 * first), 丙类 (outside the catalogue, self-paid; the usual name in hospital systems, not a category of the catalogue).
 */
public enum InsuranceClass {
    A("甲"),
    B("乙"),
    C("丙");

    private final String labelZh;

    InsuranceClass(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /** 甲/乙/丙, with or without 类, or A/B/C. */
    public static Optional<InsuranceClass> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace("类", "").toUpperCase();
        for (var c : values()) {
            if (c.labelZh.equals(t) || c.name().equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
