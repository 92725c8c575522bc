package org.regionalhealth.screening.rules;

import java.util.Locale;

/**
 * Legal units of 《处方管理办法》第七条 (g, mg, µg, ng; L, ml; IU, U) and their conversion. Package units (片, 粒, 支 …)
 * convert only to themselves.
 */
public final class Units {

    private Units() {}

    /** A parsed amount such as a strength {@code 10mg} or the drug part of {@code 1ml:10mg}. */
    public record Amount(double value, String unit) {}

    /** Canonical spelling: {@code µg} for ug/mcg/μg, {@code ml} for mL/毫升, {@code IU} for U/单位 … */
    public static String canonical(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.trim();
        String lower = u.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "mg":
            case "毫克":
                return "mg";
            case "g":
            case "克":
                return "g";
            case "kg":
                return "kg";
            case "ug":
            case "µg":
            case "μg":
            case "mcg":
            case "微克":
                return "µg";
            case "ng":
                return "ng";
            case "ml":
            case "毫升":
                return "ml";
            case "l":
            case "升":
                return "l";
            case "iu":
            case "u":
            case "单位":
                return "IU";
            case "万u":
            case "万iu":
            case "万单位":
                return "万U";
            default:
                return u;
        }
    }

    private static double factor(String canonical) {
        switch (canonical) {
            case "ng":
                return 1e-6;
            case "µg":
                return 1e-3;
            case "mg":
                return 1;
            case "g":
                return 1e3;
            case "kg":
                return 1e6;
            case "ml":
                return 1;
            case "l":
                return 1e3;
            case "IU":
                return 1;
            case "万U":
                return 1e4;
            default:
                return Double.NaN;
        }
    }

    private static String dimension(String canonical) {
        switch (canonical) {
            case "ng":
            case "µg":
            case "mg":
            case "g":
            case "kg":
                return "mass";
            case "ml":
            case "l":
                return "volume";
            case "IU":
            case "万U":
                return "units";
            default:
                return canonical;
        }
    }

    /** Whether the unit is a mass, volume or activity unit (not a package unit). */
    public static boolean isMeasure(String unit) {
        String c = canonical(unit);
        return c != null && !Double.isNaN(factor(c));
    }

    /** The value in {@code to}, or {@code null} when the units do not convert. */
    public static Double convert(Double value, String from, String to) {
        if (value == null || from == null || to == null) {
            return null;
        }
        String f = canonical(from);
        String t = canonical(to);
        if (f.equals(t)) {
            return value;
        }
        if (Double.isNaN(factor(f)) || Double.isNaN(factor(t)) || !dimension(f).equals(dimension(t))) {
            return null;
        }
        return value * factor(f) / factor(t);
    }

    /**
     * The amount of drug per unit in a strength: {@code 10mg} → 10 mg, {@code 1ml:10mg} → 10 mg, {@code 0.5g} → 0.5
     * g; {@code null} when it cannot be read.
     */
    public static Amount parseStrength(String strength) {
        if (strength == null) {
            return null;
        }
        String s = strength.replace('：', ':').replace(" ", "");
        int colon = s.lastIndexOf(':');
        if (colon >= 0) {
            s = s.substring(colon + 1);
        }
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i == 0 || i == s.length()) {
            return null;
        }
        try {
            double v = Double.parseDouble(s.substring(0, i));
            String unit = canonical(s.substring(i));
            return isMeasure(unit) ? new Amount(v, unit) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The amount of drug in one millilitre of a liquid strength: {@code 100ml:2g} → 20 mg/ml, {@code 5ml:125mg} → 25
     * mg/ml, {@code 10mg/ml} → 10 mg/ml, {@code 2g/100ml} → 20 mg/ml; {@code null} when the strength names no volume
     * (a tablet strength, or an unknown concentration).
     */
    public static Amount parseConcentration(String strength) {
        if (strength == null) {
            return null;
        }
        String s = strength.replace('：', ':').replace('／', '/').replace(" ", "");
        String volumePart;
        String drugPart;
        int colon = s.indexOf(':');
        int slash = s.indexOf('/');
        if (colon > 0) {
            volumePart = s.substring(0, colon);
            drugPart = s.substring(colon + 1);
        } else if (slash > 0) {
            drugPart = s.substring(0, slash);
            volumePart = s.substring(slash + 1);
            if (!volumePart.isEmpty() && !Character.isDigit(volumePart.charAt(0))) {
                volumePart = "1" + volumePart;
            }
        } else {
            return null;
        }
        Amount volume = amount(volumePart);
        Amount drug = amount(drugPart);
        if (volume == null || drug == null || volume.value() <= 0) {
            return null;
        }
        Double ml = convert(volume.value(), volume.unit(), "ml");
        if (ml == null || ml <= 0 || "volume".equals(dimension(drug.unit()))) {
            return null;
        }
        return new Amount(drug.value() / ml, drug.unit());
    }

    private static Amount amount(String text) {
        int i = 0;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i == 0 || i == text.length()) {
            return null;
        }
        try {
            String unit = canonical(text.substring(i));
            return isMeasure(unit) ? new Amount(Double.parseDouble(text.substring(0, i)), unit) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Formats a number without a trailing {@code .0}. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return Long.toString((long) value);
        }
        String s = String.format(Locale.ROOT, "%.3f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
