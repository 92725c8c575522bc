package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.ControlledCategory;
import org.regionalhealth.drugs.Restriction;
import org.regionalhealth.drugs.Severity;
import org.regionalhealth.screening.Tier;

/** Base of the rules: holds the metadata and the shared tier scales. */
abstract class AbstractRule implements Rule {

    private final RuleMetadata metadata;

    AbstractRule(RuleMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public String toString() {
        return metadata.id();
    }

    /**
     * Interaction and incompatibility severity → tier (research §3.5, FDB column): contraindicated T4, major T3,
     * moderate T1, minor T0.
     */
    static Tier tierOf(Severity severity) {
        switch (severity) {
            case CONTRAINDICATED:
                return Tier.T4;
            case MAJOR:
                return Tier.T3;
            case MODERATE:
                return Tier.T1;
            default:
                return Tier.T0;
        }
    }

    /**
     * Label restriction → tier (research §3.5, 大通 column): 禁用 T4, 避免/不宜 T3, 减量 T2, 慎用 T1; compatible gives
     * {@code null} (no finding).
     */
    static Tier tierOf(Restriction restriction) {
        if (restriction == null) {
            return null;
        }
        switch (restriction) {
            case CONTRAINDICATED:
                return Tier.T4;
            case AVOID:
                return Tier.T3;
            case REDUCE:
                return Tier.T2;
            case CAUTION:
                return Tier.T1;
            default:
                return null;
        }
    }

    static String zh(Restriction restriction) {
        switch (restriction) {
            case CONTRAINDICATED:
                return "禁用";
            case AVOID:
                return "避免使用";
            case REDUCE:
                return "需减量";
            case CAUTION:
                return "慎用";
            default:
                return "无限制";
        }
    }

    static String zh(Severity severity) {
        switch (severity) {
            case CONTRAINDICATED:
                return "禁忌";
            case MAJOR:
                return "严重";
            case MODERATE:
                return "中度";
            default:
                return "轻度";
        }
    }

    /** 麻醉药品 or 第一类精神药品 (the 麻、精一 prescription). */
    static boolean narcoticOrPsy1(ResolvedLine line) {
        if (line.generic() == null) {
            return false;
        }
        ControlledCategory c = line.generic().controlled();
        return c == ControlledCategory.NARCOTIC || c == ControlledCategory.PSYCHOTROPIC1;
    }

    static ControlledCategory controlled(ResolvedLine line) {
        return line.generic() == null ? ControlledCategory.NONE : line.generic().controlled();
    }

    static String days(Double days) {
        return Units.format(Math.round(days * 10) / 10.0) + "日";
    }

    static List<String> drugs(ResolvedLine... lines) {
        String[] labels = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            labels[i] = lines[i].label();
        }
        return List.of(labels);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
