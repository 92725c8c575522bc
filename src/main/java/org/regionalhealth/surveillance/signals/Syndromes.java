package org.regionalhealth.surveillance.signals;

import java.util.Map;

/**
 * Which syndrome group a symptom, disease or sales category belongs to. Fusion joins channels on (town, syndrome
 * group, days) (research §8.7), so a class with fever and cough, a fever clinic's respiratory visits and a pharmacy's
 * antipyretic sales in the same town meet as one respiratory signal. Our grouping (no peer): WS/T 772-2020's twelve
 * school symptoms and the 2006 norm's jaundice, the notifiable diseases of the rule table, the pharmacy classes.
 */
public final class Syndromes {

    private static final Map<String, String> GROUP = Map.ofEntries(
            Map.entry("fever", "respiratory"),
            Map.entry("cough", "respiratory"),
            Map.entry("sore_throat", "respiratory"),
            Map.entry("headache", "respiratory"),
            Map.entry("dizziness", "respiratory"),
            Map.entry("fatigue", "respiratory"),
            Map.entry("ili", "respiratory"),
            Map.entry("influenza", "respiratory"),
            Map.entry("antipyretic", "respiratory"),
            Map.entry("cough_medicine", "respiratory"),
            Map.entry("diarrhoea", "gastrointestinal"),
            Map.entry("vomiting", "gastrointestinal"),
            Map.entry("abdominal_pain", "gastrointestinal"),
            Map.entry("norovirus", "gastrointestinal"),
            Map.entry("dysentery", "gastrointestinal"),
            Map.entry("other_diarrhoea", "gastrointestinal"),
            Map.entry("antidiarrhoeal", "gastrointestinal"),
            Map.entry("typhoid", "gastrointestinal"),
            Map.entry("rash", "rash"),
            Map.entry("hfmd", "rash"),
            Map.entry("varicella", "rash"),
            Map.entry("measles", "rash"),
            Map.entry("rubella", "rash"),
            Map.entry("scarlet_fever", "rash"),
            Map.entry("parotid_swelling", "mumps"),
            Map.entry("mumps", "mumps"),
            Map.entry("conjunctivitis", "conjunctivitis"),
            Map.entry("ahc", "conjunctivitis"),
            Map.entry("jaundice", "jaundice"),
            Map.entry("hepatitis_a", "jaundice"),
            Map.entry("hepatitis_e", "jaundice"));

    private static final Map<String, String> LABEL = Map.of(
            "respiratory", "呼吸道症候群",
            "gastrointestinal", "胃肠道症候群",
            "rash", "发疹类",
            "mumps", "腮腺肿大/流行性腮腺炎",
            "conjunctivitis", "结膜炎类",
            "jaundice", "黄疸/病毒性肝炎",
            "absence", "因病缺勤");

    private Syndromes() {}

    /** The group of a category; a category outside every group (a single-case disease) is its own group. */
    public static String of(String category) {
        return GROUP.getOrDefault(category, category);
    }

    public static String label(String syndrome) {
        return LABEL.getOrDefault(syndrome, Categories.label(syndrome));
    }
}
