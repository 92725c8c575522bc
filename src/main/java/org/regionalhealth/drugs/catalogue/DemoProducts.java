package org.regionalhealth.drugs.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.KnowledgeSnapshot;

/**
 * The generated demo catalogue: every knowledge-base generic with its real marketed forms and strengths, crossed with
 * generated manufacturers, packages, approval numbers, barcodes and insurance codes. Nothing generated is a real
 * product: every row has {@code generated = true} and the pages say so. The same seed gives the same catalogue.
 */
public final class DemoProducts {

    private static final String[] REGIONS = {
        "浙江", "杭州", "萧山", "江苏", "山东", "河北", "广东", "四川", "湖北", "上海", "北京", "吉林", "江西", "安徽", "福建", "湖南", "河南", "云南",
        "广西", "重庆", "天津", "辽宁", "陕西", "山西", "海南", "贵州", "甘肃", "宁波", "温州", "绍兴"
    };
    private static final String[] WORDS = {
        "康宁", "华康", "瑞丰", "恒泰", "济安", "德仁", "宏远", "安泰", "天元", "长春", "永康", "众生", "百川", "金石", "新华", "海正源", "益元", "同泰",
        "立达", "博雅", "中和", "正元", "明德", "嘉禾", "泽民", "普安", "惠民", "广济", "万和", "青松"
    };
    private static final String[] KINDS = {"制药有限公司", "药业有限公司", "药业股份有限公司", "制药厂", "生物制药有限公司"};

    private DemoProducts() {}

    /** Generated manufacturer names (a fixed list derived from the seed). */
    public static List<String> manufacturers(long seed, int count) {
        var random = new SplittableRandom(seed);
        var names = new java.util.LinkedHashSet<String>();
        while (names.size() < count) {
            names.add(REGIONS[random.nextInt(REGIONS.length)]
                    + WORDS[random.nextInt(WORDS.length)]
                    + KINDS[random.nextInt(KINDS.length)]);
        }
        return List.copyOf(names);
    }

    /**
     * {@code count} products (at most 310,000: approval numbers are 31 years × 10,000 sequence numbers), ids 0; the
     * store assigns ids.
     */
    public static List<Product> generate(KnowledgeSnapshot kb, int count, long seed) {
        if (count > 310_000) {
            throw new IllegalArgumentException("at most 310,000 generated products");
        }
        List<Generic> generics = kb.generics().stream()
                .filter(g -> !g.forms().isEmpty())
                .sorted(Comparator.comparing(Generic::id))
                .toList();
        var makers = manufacturers(seed, 400);
        var random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        var products = new ArrayList<Product>(count);
        int g = generics.size();
        for (int n = 0; n < count; n++) {
            int gi = n % g;
            Generic generic = generics.get(gi);
            var combos = combos(generic);
            String[] combo = combos.get((n / g) % combos.size());
            String form = combo[0];
            String strength = combo[1];
            String maker = makers.get(random.nextInt(makers.size()));
            String pack = pack(form, random);
            String brand = null;
            var brands =
                    generic.aliases().stream().filter(DemoProducts::hasChinese).toList();
            // the generic's known brands go to a tenth of its products (generated pairings, marked generated)
            if (!brands.isEmpty() && (n / g) % 10 == 0) {
                brand = brands.get((n / g / 10) % brands.size());
            }
            char letter = n % 97 == 0 ? 'J' : isBiological(generic) ? 'S' : 'H';
            // 4-digit year + 4-digit sequence (《药品注册管理办法》2007 第一百七十一条); unique for n < 310,000
            String approval = String.format("国药准字%c%04d%04d", letter, 1995 + n % 31, n / 31);
            String barcode = Ean13.complete(
                    "69" + String.format("%010d", Math.floorMod(n * 7919L + 3_141_592L, 10_000_000_000L)));
            var insurance = insuranceClass(generic.id());
            String insuranceCode = insurance == InsuranceClass.C
                    ? null
                    : String.format(
                            "X%04d%c%06d%02d", gi, (char) ('A' + combos.indexOf(combo) % 26), n % 1_000_000, n % 97);
            products.add(new Product(
                    0,
                    generic.id(),
                    ProductNames.of(generic.nameZh(), form),
                    brand,
                    maker,
                    approval,
                    insuranceCode,
                    insurance,
                    form,
                    strength,
                    pack,
                    barcode,
                    true));
        }
        return products;
    }

    private static List<String[]> combos(Generic generic) {
        var out = new ArrayList<String[]>();
        for (var form : generic.forms()) {
            if (form.strengths().isEmpty()) {
                out.add(new String[] {form.form(), ""});
            }
            for (var s : form.strengths()) {
                out.add(new String[] {form.form(), s});
            }
        }
        return out;
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean isBiological(Generic generic) {
        return generic.classes().stream().anyMatch(c -> c.contains("insulin") || c.contains("vaccine"));
    }

    /** A stable pseudo-random insurance class per generic: about 45% 甲, 45% 乙, 10% 丙 (generated, not the catalogue). */
    static InsuranceClass insuranceClass(String genericId) {
        int h = Math.floorMod(genericId.hashCode() * 31 + 7, 20);
        return h < 9 ? InsuranceClass.A : h < 18 ? InsuranceClass.B : InsuranceClass.C;
    }

    private static String pack(String form, SplittableRandom random) {
        String[] options;
        if (form.contains("注射") || form.contains("粉针")) {
            options = new String[] {"1支/盒", "5支/盒", "10支/盒"};
        } else if (form.contains("片")) {
            options = new String[] {"12片/盒", "24片/盒", "30片/盒", "100片/瓶"};
        } else if (form.contains("胶囊")) {
            options = new String[] {"10粒/盒", "20粒/盒", "24粒/盒", "48粒/瓶"};
        } else if (form.contains("颗粒") || form.contains("散") || form.contains("干混悬")) {
            options = new String[] {"6袋/盒", "10袋/盒", "12袋/盒"};
        } else if (form.contains("栓")) {
            options = new String[] {"6粒/盒", "10粒/盒"};
        } else if (form.contains("贴")) {
            options = new String[] {"4贴/盒", "10贴/盒"};
        } else {
            options = new String[] {"1瓶/盒", "1支/盒"};
        }
        return options[random.nextInt(options.length)];
    }
}
