package org.regionalhealth.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Search keys for Chinese text (drug names, foods): normalisation (full-width → half-width, lower case, spaces and
 * punctuation removed) and pinyin with all readings of polyphonic characters ({@code 地 di/de}, {@code 粥 zhou}),
 * because people type names by sound and the dictionary reading of a character is not always the one used.
 * Personal names have their own surname readings in {@code residents.ChineseNames}.
 */
public final class ChineseText {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final Map<Character, String[]> READINGS = new ConcurrentHashMap<>();
    private static final String[] NONE = new String[0];
    private static final int MAX_VARIANTS = 16;

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private ChineseText() {}

    /** Lower case, half-width, without whitespace and punctuation; Chinese, letters and digits kept. */
    public static String normalise(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0;
            }
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return out.toString();
    }

    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    public static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean allHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isHan(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** Distinct readings of a character without tones; letters and digits read as themselves. */
    public static String[] readings(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c) ? new String[] {String.valueOf(Character.toLowerCase(c))} : NONE;
        }
        return READINGS.computeIfAbsent(c, ChineseText::lookup);
    }

    private static String[] lookup(char c) {
        try {
            String[] raw = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (raw == null) {
                return NONE;
            }
            return new LinkedHashSet<>(List.of(raw)).toArray(String[]::new);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("fixed pinyin format is valid", e);
        }
    }

    /** The most common full pinyin (first reading of each character). */
    public static String pinyin(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String[] r = readings(text.charAt(i));
            if (r.length > 0) {
                out.append(r[0]);
            }
        }
        return out.toString();
    }

    /** Full pinyin with every combination of polyphonic readings (at most 16). */
    public static Set<String> pinyinVariants(String text) {
        return variants(text, false);
    }

    /** Initials with every combination of polyphonic readings (at most 16): {@code 布洛芬 → blf}. */
    public static Set<String> initialVariants(String text) {
        return variants(text, true);
    }

    private static Set<String> variants(String text, boolean initials) {
        List<StringBuilder> acc = new ArrayList<>();
        acc.add(new StringBuilder());
        for (int i = 0; i < text.length(); i++) {
            String[] r = readings(text.charAt(i));
            if (r.length == 0) {
                continue;
            }
            var options = new LinkedHashSet<String>();
            for (String s : r) {
                options.add(initials ? s.substring(0, 1) : s);
            }
            List<StringBuilder> next = new ArrayList<>();
            for (var prefix : acc) {
                for (String o : options) {
                    if (next.size() < MAX_VARIANTS) {
                        next.add(new StringBuilder(prefix).append(o));
                    }
                }
            }
            acc = next;
        }
        var out = new LinkedHashSet<String>();
        acc.forEach(b -> out.add(b.toString()));
        return out;
    }

    /** Levenshtein distance, or {@code max + 1} as soon as it must exceed {@code max}. */
}
