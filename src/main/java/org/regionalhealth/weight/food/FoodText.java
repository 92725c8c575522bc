package org.regionalhealth.weight.food;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin keys of food names for search, with the platform's pinyin library (pinyin4j, as the drug search's
 * {@code DrugText}): full pinyin and initials, every reading of a polyphonic character ({@code 粥 zhou},
 * {@code 炒 chao}, {@code 蛋 dan}; {@code 和 he/huo}), because people type a dish by sound.
 */
final class FoodText {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final int MAX_VARIANTS = 16;

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private FoodText() {}

    /** Lower case, half-width, letters, digits and Chinese only. */
    static String normalise(String text) {
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

    private static String[] readings(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c)
                    ? new String[] {String.valueOf(Character.toLowerCase(c))}
                    : new String[0];
        }
        try {
            String[] raw = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return raw == null ? new String[0] : new LinkedHashSet<>(List.of(raw)).toArray(String[]::new);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("fixed pinyin format is valid", e);
        }
    }

    /** Full pinyin and initials of every reading combination (at most 16 each). */
    static Set<String> keys(String text) {
        var out = new LinkedHashSet<String>();
        out.addAll(variants(text, false));
        out.addAll(variants(text, true));
        return out;
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
}
