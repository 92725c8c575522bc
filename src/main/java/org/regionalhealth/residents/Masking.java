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

    /**
     * Keeps the address down to the village or community and drops the house number: everything up to the last
     * {@code 村}, {@code 社区}, {@code 小区}, {@code 街道}, {@code 镇} or {@code 路} (whichever comes last), then
     * {@code ****}.
     */
    public static @Nullable String address(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        int cut = -1;
        for (String marker : new String[] {"村", "社区", "小区", "街道", "镇", "路", "街"}) {
            int at = address.lastIndexOf(marker);
            if (at >= 0) {
                cut = Math.max(cut, at + marker.length());
            }
        }
        return (cut > 0 && cut < address.length() ? address.substring(0, cut) : "") + "****";
    }
}
