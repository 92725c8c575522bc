package org.regionalhealth.drugs.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the names found on prescriptions into index keys. HIS drug dictionaries name products, not generics
 * ({@code 盐酸二甲双胍缓释片(0.5g)}, {@code 注射用头孢曲松钠}, {@code Metformin Hydrochloride Tablets}); we try the
 * name as written first, then with the dosage form removed, then with the salt removed, so that a generic whose own
 * name ends in a "form" or "salt" (乳酸钠林格, 葡萄糖酸钙) is still found by its exact name first.
 */
final class DrugNames {

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]|【[^】]*】|〔[^〕]*〕");

    /** Dosage-form words, stripped repeatedly from the end ({@code 肠溶} then {@code 片}); longest first. */
    private static final List<String> FORM_SUFFIXES = List.of(
            "口腔崩解片",
            "吸入粉雾剂",
            "干混悬剂",
            "口服溶液",
            "注射液",
            "注射剂",
            "粉针剂",
            "滴眼液",
            "气雾剂",
            "喷雾剂",
            "吸入剂",
            "混悬液",
            "口服液",
            "颗粒剂",
            "薄膜衣",
            "口崩片",
            "胶囊剂",
            "软胶囊",
            "硬胶囊",
            "胶囊",
            "片剂",
            "颗粒",
            "糖浆",
            "乳膏",
            "软膏",
            "凝胶",
            "眼膏",
            "贴剂",
            "栓剂",
            "粉针",
            "散剂",
            "滴剂",
            "肠溶",
            "缓释",
            "控释",
            "分散",
            "咀嚼",
            "泡腾",
            "舌下",
            "含",
            "片",
            "栓",
            "forinjection",
            "injection",
            "tablets",
            "tablet",
            "capsules",
            "capsule",
            "entericcoated",
            "sustainedrelease",
            "extendedrelease",
            "controlledrelease",
            "dispersible",
            "granules",
            "oralsolution",
            "suspension");

    private static final List<String> FORM_PREFIXES = List.of("注射用");

    /** Salt and ester words; Chinese salts lead the name (盐酸…), ions and esters trail it (…钠, …酯). */
    private static final List<String> SALT_PREFIXES = List.of(
            "重酒石酸", "甲苯磺酸", "硫酸氢", "苯磺酸", "马来酸", "琥珀酸", "酒石酸", "甲磺酸", "富马酸", "枸橼酸", "氢溴酸", "门冬氨酸", "盐酸", "硫酸", "磷酸",
            "乳酸", "醋酸");

    private static final List<String> SALT_SUFFIXES = List.of(
            "二钠",
            "钠",
            "钾",
            "钙",
            "镁",
            "酯",
            "hydrochloride",
            "hcl",
            "sodium",
            "potassium",
            "calcium",
            "magnesium",
            "sulfate",
            "sulphate",
            "bisulfate",
            "mesylate",
            "besylate",
            "maleate",
            "succinate",
            "tartrate",
            "fumarate",
            "citrate",
            "phosphate",
            "hydrobromide",
            "lactate",
            "acetate",
            "axetil",
            "proxetil",
            "pivoxil");

    private DrugNames() {}

    /**
     * Index key: compatibility-normalised (full-width → half-width), lowercase, bracketed specifications removed, and
     * only letters and digits kept, so that {@code Amoxicillin/Clavulanate}, {@code amoxicillin_clavulanate} and
     * {@code amoxicillin clavulanate} meet.
     */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = BRACKETED.matcher(text).replaceAll("");
        StringBuilder key = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** Keys to try in order: as written, then each step of form removal, then each step of salt removal. */
    static List<String> candidates(String name) {
        Set<String> keys = new LinkedHashSet<>();
        String current = key(name);
        if (current.isEmpty()) {
            return List.of();
        }
        keys.add(current);
        current = stripRepeatedly(current, FORM_PREFIXES, FORM_SUFFIXES, keys);
        List<String> formless = new ArrayList<>(keys);
        for (String base : formless) {
            stripRepeatedly(base, SALT_PREFIXES, SALT_SUFFIXES, keys);
        }
        return List.copyOf(keys);
    }

    private static String stripRepeatedly(
            String start, List<String> prefixes, List<String> suffixes, Set<String> keys) {
        String current = start;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String prefix : prefixes) {
                if (current.length() > prefix.length() && current.startsWith(prefix)) {
                    current = current.substring(prefix.length());
                    keys.add(current);
                    changed = true;
                    break;
                }
            }
            for (String suffix : suffixes) {
                if (current.length() > suffix.length() && current.endsWith(suffix)) {
                    current = current.substring(0, current.length() - suffix.length());
                    keys.add(current);
                    changed = true;
                    break;
                }
            }
        }
        return current;
    }
}
