package org.regionalhealth.residents;

import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin of Chinese personal names for search: full pinyin without tones or spaces ({@code 张伟 → zhangwei}) and
 * initials ({@code zw}). A surname read differently from the common reading of its character uses the surname
 * reading (单 shàn, 曾 zēng, 解 xiè …; 《中国人名大词典》 usage, as in GB/T 28039-2011 拼写规则 for surnames).
 */
public final class ChineseNames {

    private static final Map<Character, String> SURNAME_READINGS = Map.ofEntries(
            Map.entry('单', "shan"),
            Map.entry('曾', "zeng"),
            Map.entry('解', "xie"),
            Map.entry('仇', "qiu"),
            Map.entry('区', "ou"),
            Map.entry('查', "zha"),
            Map.entry('朴', "piao"),
            Map.entry('盖', "ge"),
            Map.entry('乐', "yue"),
            Map.entry('缪', "miao"),
            Map.entry('翟', "zhai"),
            Map.entry('覃', "qin"),
            Map.entry('尉', "yu"),
            Map.entry('繁', "po"),
            Map.entry('长', "chang"),
            Map.entry('沈', "shen"),
            Map.entry('柏', "bai"),
            Map.entry('重', "chong"),
            Map.entry('华', "hua"),
            Map.entry('任', "ren"),
            Map.entry('宁', "ning"),
            Map.entry('秘', "bi"),
            Map.entry('员', "yun"),
            Map.entry('贲', "ben"));

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private ChineseNames() {}

    /** Full pinyin of a name, lower case, no spaces; non-Chinese letters and digits kept as they are. */
    public static String pinyin(String name) {
        var out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            out.append(syllable(name.charAt(i), i == 0));
        }
        return out.toString();
    }

    /** First letter of each syllable: {@code 张伟 → zw}. */
    public static String initials(String name) {
        var out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            String syllable = syllable(name.charAt(i), i == 0);
            if (!syllable.isEmpty()) {
                out.append(syllable.charAt(0));
            }
        }
        return out.toString();
    }

    /** Whether the text contains a Chinese character (CJK unified ideographs). */
    public static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String syllable(char c, boolean surname) {
        if (surname && SURNAME_READINGS.containsKey(c)) {
            return SURNAME_READINGS.get(c);
        }
        if (Character.isLetterOrDigit(c) && c < 128) {
            return String.valueOf(Character.toLowerCase(c));
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? "" : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("fixed pinyin format is valid", e);
        }
    }
}
