package org.regionalhealth.residents;

/** Sex as GB/T 2261.1 codes it (1 male, 2 female). */
public enum Sex {
    MALE("男", "1"),
    FEMALE("女", "2");

    private final String labelZh;
    private final String code;

    Sex(String labelZh, String code) {
        this.labelZh = labelZh;
        this.code = code;
    }

    public String labelZh() {
        return labelZh;
    }

    public String code() {
        return code;
    }
}
