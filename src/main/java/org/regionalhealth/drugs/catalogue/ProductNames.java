package org.regionalhealth.drugs.catalogue;

/** Product names (产品名称) as printed on Chinese packs: generic name + dosage form, 注射用… for powders for injection. */
public final class ProductNames {

    private ProductNames() {}

    /** {@code 布洛芬 + 缓释胶囊 → 布洛芬缓释胶囊}, {@code 头孢曲松 + 粉针剂 → 注射用头孢曲松}, {@code 片剂 → 片}. */
    public static String of(String genericZh, String form) {
        return switch (form) {
            case "片剂" -> genericZh + "片";
            case "粉针剂" -> "注射用" + genericZh;
            case "注射用微球" -> "注射用" + genericZh + "微球";
            default -> genericZh + form;
        };
    }
}
