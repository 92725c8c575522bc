package org.regionalhealth.drugs.catalogue;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 药品批准文号: {@code 国药准字} + one letter + 8 digits. The letter is H (化学药品), Z (中药), S (生物制品) or J (进口药品分包装)
 * (《药品注册管理办法》, 国家食品药品监督管理局令第28号, 2007, 第一百七十一条: "国药准字H(Z、S、J)+4位年号+4位顺序号"). Numbers issued
 * in the 2002 nationwide re-issue instead start with the approving authority: 10 (原卫生部), 19/20 (国家药品监督管理局) or
 * the two-digit code of the province (GB/T 2260), so the first two digits must be one of those or a plausible year.
 */
public final class ApprovalNumber {

    public static final String PREFIX = "国药准字";
    private static final Pattern FORMAT = Pattern.compile("国药准字([HZSJ])(\\d{8})");
    /** 2002 re-issue: issuing authority codes (卫生部 10, 国家药监局 19/20) and province codes of GB/T 2260. */
    private static final Set<String> AUTHORITIES = Set.of(
            "10", "19", "20", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");

    private ApprovalNumber() {}

    /** The number in canonical form (full-width letters and spaces removed, letter upper case), or why it is invalid. */
    public static String parse(String raw) {
        var problem = problemWith(raw);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return canonical(raw);
    }

    public static boolean isValid(String raw) {
        return raw != null && problemWith(raw).isEmpty();
    }

    /** The reason a number is invalid, in Chinese, or empty when valid. */
    public static Optional<String> problemWith(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("批准文号为空");
        }
        var m = FORMAT.matcher(canonical(raw));
        if (!m.matches()) {
            return Optional.of("批准文号格式应为 国药准字 + H/Z/S/J + 8位数字：" + raw.strip());
        }
        String lead = m.group(2).substring(0, 2);
        if (!AUTHORITIES.contains(lead)) {
            return Optional.of("批准文号的前两位数字既不是年号也不是批准机关代码：" + raw.strip());
        }
        return Optional.empty();
    }

    /** Whether the text looks like an attempt at an approval number (for search: letter + 8 digits, prefix optional). */
    public static boolean looksLikeOne(String text) {
        return Pattern.matches("(国药准字)?[HZSJhzsj]\\d{8}", canonical(text));
    }

    /** With the prefix added when missing. */
    public static String withPrefix(String text) {
        String c = canonical(text);
        return c.startsWith(PREFIX) ? c : PREFIX + c;
    }

    private static String canonical(String raw) {
        var out = new StringBuilder();
        raw.strip().codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0; // full-width ASCII → half-width
            }
            if (!Character.isWhitespace(c) && c != 0x3000) {
                out.appendCodePoint(Character.toUpperCase(c));
            }
        });
        return out.toString();
    }
}
