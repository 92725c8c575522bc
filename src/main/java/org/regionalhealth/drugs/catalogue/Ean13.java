package org.regionalhealth.drugs.catalogue;

import java.util.Optional;

/**
 * EAN-13 barcodes (GB 12904-2008 商品条码 零售商品编码与条码表示). Products registered with GS1 China carry the country
 * prefix 690–699; the last digit is the modulo-10 check digit with weights 1,3 from the left.
 */
public final class Ean13 {

    private Ean13() {}

    /** The check digit of the first 12 digits. */
    public static int checkDigit(String first12) {
        if (first12.length() != 12 || !first12.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("12 digits expected: " + first12);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = first12.charAt(i) - '0';
            sum += (i % 2 == 0) ? d : 3 * d;
        }
        return (10 - sum % 10) % 10;
    }

    /** The 13-digit code for 12 digits. */
    public static String complete(String first12) {
        return first12 + checkDigit(first12);
    }

    public static boolean isValid(String code) {
        return code != null && problemWith(code).isEmpty();
    }

    /** Why the barcode is invalid, in Chinese, or empty when valid. */
    public static Optional<String> problemWith(String code) {
        if (code == null || !code.matches("\\d{13}")) {
            return Optional.of("条码应为13位数字（EAN-13）：" + code);
        }
        if (checkDigit(code.substring(0, 12)) != code.charAt(12) - '0') {
            return Optional.of("条码校验位错误：" + code);
        }
        return Optional.empty();
    }

    /** Whether the barcode carries a GS1 China prefix (690–699). */
    public static boolean isChinese(String code) {
        return code.startsWith("69");
    }
}
