package org.regionalhealth.surveillance.signals;

/** Alert grades of research §8.7, most severe first. Blue is watch-only: no SMS. */
public enum Grade {
    RED("红色", "#c62828"),
    ORANGE("橙色", "#ef6c00"),
    YELLOW("黄色", "#f9a825"),
    BLUE("蓝色", "#1565c0");

    private final String labelZh;
    private final String colour;

    Grade(String labelZh, String colour) {
        this.labelZh = labelZh;
        this.colour = colour;
    }

    public String labelZh() {
        return labelZh;
    }

    public String colour() {
        return colour;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Grade of(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean moreSevereThan(Grade other) {
        return ordinal() < other.ordinal();
    }
}
