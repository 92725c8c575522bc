package org.regionalhealth.drugs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.regionalhealth.platform.ChineseText;

/**
 * Text handling for drug names: normalisation (full-width → half-width, lower case, spaces and punctuation removed)
 * and pinyin with all readings of polyphonic characters ({@code 地 di/de}, {@code 乐 le/yue}), because people type
 * drug names by sound and the dictionary reading of a character is not always the one used in the name. The
 * general part lives in {@code platform.ChineseText} (shared with the food search); drug-specific matching stays here.
 */
public final class DrugText {

    private DrugText() {}

    public static String normalise(String text) {
        return ChineseText.normalise(text);
    }

    public static boolean isHan(char c) {
        return ChineseText.isHan(c);
    }

    public static boolean hasHan(String text) {
        return ChineseText.hasHan(text);
    }

    public static boolean allHan(String text) {
        return ChineseText.allHan(text);
    }

    public static String[] readings(char c) {
        return ChineseText.readings(c);
    }

    public static String pinyin(String text) {
        return ChineseText.pinyin(text);
    }

    public static Set<String> pinyinVariants(String text) {
        return ChineseText.pinyinVariants(text);
    }

    public static Set<String> initialVariants(String text) {
        return ChineseText.initialVariants(text);
    }

    public static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** The key with each single character deleted (SymSpell-style neighbourhood for edit distance 1). */
    public static List<String> deletions(String key) {
        var out = new ArrayList<String>(key.length());
        for (int i = 0; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
        }
        return out;
    }
}
