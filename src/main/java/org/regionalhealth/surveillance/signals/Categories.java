package org.regionalhealth.surveillance.signals;

import java.util.LinkedHashMap;
import java.util.Map;

/** Chinese names of the symptom, disease and sales categories the channels carry. */
public final class Categories {

    /** WS/T 772-2020 school symptoms (twelve) plus the 2006 school norm's jaundice, in the nurse page's order. */
    public static final Map<String, String> SCHOOL_SYMPTOMS = ordered(
            "fever", "发热",
            "cough", "咳嗽",
            "sore_throat", "咽痛",
            "headache", "头痛",
            "vomiting", "呕吐",
            "diarrhoea", "腹泻",
            "abdominal_pain", "腹痛",
            "rash", "皮疹",
            "parotid_swelling", "腮腺肿大",
            "conjunctivitis", "结膜充血",
            "dizziness", "头晕",
            "fatigue", "乏力",
            "jaundice", "黄疸");

    /** Notifiable diseases the rule table names. */
    public static final Map<String, String> DISEASES = ordered(
            "hfmd", "手足口病",
            "influenza", "流行性感冒",
            "measles", "麻疹",
            "rubella", "风疹",
            "mumps", "流行性腮腺炎",
            "varicella", "水痘",
            "scarlet_fever", "猩红热",
            "norovirus", "诺如病毒感染",
            "other_diarrhoea", "其他感染性腹泻",
            "dysentery", "细菌性痢疾",
            "hepatitis_a", "甲型肝炎",
            "hepatitis_e", "戊型肝炎",
            "typhoid", "伤寒/副伤寒",
            "ahc", "急性出血性结膜炎",
            "dengue", "登革热",
            "plague", "鼠疫",
            "cholera", "霍乱",
            "sars", "传染性非典型肺炎",
            "polio", "脊髓灰质炎",
            "h5n1", "人感染高致病性禽流感",
            "h7n9", "人感染H7N9禽流感",
            "pulmonary_anthrax", "肺炭疽",
            "unexplained_pneumonia", "不明原因肺炎");

    /** Pharmacy sales classes (units per pharmacy per day). */
    public static final Map<String, String> PHARMACY = ordered(
            "antipyretic", "退热药",
            "cough_medicine", "止咳药",
            "antidiarrhoeal", "止泻药");

    /** Syndromes of fever-clinic/emergency visits and nursing-home reports. */
    public static final Map<String, String> VISIT_SYNDROMES = ordered(
            "ili", "流感样病例",
            "fever", "发热",
            "diarrhoea", "腹泻",
            "rash", "发疹",
            "conjunctivitis", "结膜炎");

    /** Laboratory pathogens. */
    public static final Map<String, String> PATHOGENS = ordered(
            "influenza", "流感病毒",
            "norovirus", "诺如病毒",
            "hfmd", "肠道病毒（EV71/CoxA16）",
            "dengue", "登革病毒");

    private Categories() {}

    public static String label(String code) {
        for (Map<String, String> m : new Map[] {SCHOOL_SYMPTOMS, DISEASES, PHARMACY, VISIT_SYNDROMES, PATHOGENS}) {
            if (m.containsKey(code)) {
                return m.get(code);
            }
        }
        return "ili".equals(code) ? "流感样病例" : code;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
