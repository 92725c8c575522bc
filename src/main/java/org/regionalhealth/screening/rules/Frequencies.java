package org.regionalhealth.screening.rules;

import java.util.Locale;
import java.util.Map;

/** Administrations per day of the usual frequency codes (医嘱频次). */
public final class Frequencies {

    private Frequencies() {}

    private static final Map<String, Double> PER_DAY = Map.ofEntries(
            Map.entry("qd", 1.0),
            Map.entry("od", 1.0),
            Map.entry("qm", 1.0),
            Map.entry("qam", 1.0),
            Map.entry("qpm", 1.0),
            Map.entry("qn", 1.0),
            Map.entry("hs", 1.0),
            Map.entry("q24h", 1.0),
            Map.entry("bid", 2.0),
            Map.entry("q12h", 2.0),
            Map.entry("tid", 3.0),
            Map.entry("q8h", 3.0),
            Map.entry("qid", 4.0),
            Map.entry("q6h", 4.0),
            Map.entry("q4h", 6.0),
            Map.entry("q3h", 8.0),
            Map.entry("q2h", 12.0),
            Map.entry("qod", 0.5),
            Map.entry("q48h", 0.5),
            Map.entry("q72h", 1.0 / 3),
            Map.entry("qw", 1.0 / 7),
            Map.entry("biw", 2.0 / 7),
            Map.entry("tiw", 3.0 / 7),
            Map.entry("st", 1.0),
            Map.entry("once", 1.0),
            Map.entry("每日一次", 1.0),
            Map.entry("每日两次", 2.0),
            Map.entry("每日二次", 2.0),
            Map.entry("每日三次", 3.0),
            Map.entry("每日四次", 4.0),
            Map.entry("睡前", 1.0),
            Map.entry("立即", 1.0));

    /** Administrations per day, {@code null} for prn (as needed) and unknown codes. */
    public static Double perDay(String code) {
        if (code == null) {
            return null;
        }
        return PER_DAY.get(code.trim().toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** The most administrations per day among labelled codes, {@code null} when none of them is a schedule. */
    public static Double maxPerDay(java.util.List<String> codes) {
        Double max = null;
        for (String code : codes) {
            Double perDay = isSingle(code) ? null : perDay(code);
            if (perDay != null && (max == null || perDay > max)) {
                max = perDay;
            }
        }
        return max;
    }

    /** Whether the code is one this engine knows (prn included). */
    public static boolean known(String code) {
        return perDay(code) != null || isAsNeeded(code);
    }

    public static boolean isAsNeeded(String code) {
        return code != null
                && (code.trim().equalsIgnoreCase("prn") || code.trim().equals("必要时"));
    }

    /** A single administration (st, once). */
    public static boolean isSingle(String code) {
        return code != null
                && (code.trim().equalsIgnoreCase("st")
                        || code.trim().equalsIgnoreCase("once")
                        || code.trim().equals("立即"));
    }
}
