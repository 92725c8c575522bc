package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regionalhealth.drugs.DrugClass;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.KnowledgeSnapshot;

/**
 * An allergy-history entry read against the knowledge base: the generics and the allergy classes it denotes.
 * "青霉素" is the generic benzylpenicillin, whose class 青霉素类 then counts as the allergen group (the allergy record
 * means the group, as the FDB allergen-group model does); "头孢类" is the class itself.
 *
 * @param text the entry as written
 * @param generics generic ids it names
 * @param groups allergy classes it names (direct or through the named generic)
 */
record Allergens(String text, Set<String> generics, Set<String> groups) {

    /** Classes whose members cross-react as a rule, so that an allergy to one member counts for all. */
    static final Set<String> GROUPS = Set.of(
            "penicillin",
            "cephalosporin",
            "carbapenem",
            "monobactam",
            "macrolide",
            "fluoroquinolone",
            "tetracycline",
            "aminoglycoside",
            "sulfonamide",
            "lincosamide",
            "nitroimidazole",
            "glycopeptide");

    static final Set<String> BETA_LACTAM = Set.of("penicillin", "cephalosporin", "carbapenem");

    private static final Set<String> NONE = Set.of("无", "否认", "否认药物过敏史", "无药物过敏史", "nkda", "不详", "未知", "-");

    static boolean meansNone(String text) {
        return text == null || text.isBlank() || NONE.contains(text.trim().toLowerCase(Locale.ROOT));
    }

    boolean resolved() {
        return !generics.isEmpty() || !groups.isEmpty();
    }

    static Allergens read(String text, KnowledgeSnapshot kb) {
        Set<String> generics = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        String t = text.trim().replace("过敏", "");
        Generic g = kb.findGeneric(t).orElse(null);
        if (g != null) {
            generics.add(g.id());
            for (String cls : g.classes()) {
                if (GROUPS.contains(cls)) {
                    groups.add(cls);
                }
            }
        } else {
            String bare = t.endsWith("类") ? t.substring(0, t.length() - 1) : t;
            for (DrugClass c : kb.classes()) {
                String name = c.nameZh();
                String nameBare = name.contains("类") ? name.substring(0, name.indexOf('类')) : name;
                if (c.code().equalsIgnoreCase(t)
                        || name.equals(t)
                        || nameBare.equals(bare)
                        || (bare.length() >= 2 && nameBare.startsWith(bare))
                        || (c.nameEn() != null && c.nameEn().equalsIgnoreCase(t))) {
                    groups.add(c.code());
                }
            }
            if (groups.isEmpty()) {
                kb.findPatentMedicine(t).ifPresent(p -> p.westernIngredients().forEach(i -> generics.add(i.drug())));
            }
        }
        return new Allergens(text, generics, groups);
    }

    static List<Allergens> readAll(List<String> entries, KnowledgeSnapshot kb) {
        List<Allergens> out = new ArrayList<>();
        for (String e : entries) {
            if (!meansNone(e)) {
                out.add(read(e, kb));
            }
        }
        return out;
    }

    /** Whether the entry is a β-lactam allergy (for cephalosporin skin tests). */
    boolean betaLactam(KnowledgeSnapshot kb) {
        if (groups.stream().anyMatch(BETA_LACTAM::contains)) {
            return true;
        }
        return generics.stream().anyMatch(id -> BETA_LACTAM.stream().anyMatch(c -> kb.isA(id, c)));
    }
}
