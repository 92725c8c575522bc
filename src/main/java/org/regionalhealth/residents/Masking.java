package org.regionalhealth.residents;

import org.jspecify.annotations.Nullable;

/** Masks personal identifiers where the reader does not need them (《个人信息保护法》第六条 最小必要). */
public final class Masking {

    private Masking() {}

    /** {@code 13812345678 → 138****5678}. */
    public static @Nullable String phone(@Nullable String phone) {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** {@code 张伟 → 张*}, {@code 欧阳娜娜 → 欧***}. */
    public static String name(String name) {
        return name.isEmpty() ? name : name.charAt(0) + "*".repeat(name.length() - 1);
    }
}
