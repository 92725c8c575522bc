package org.regionalhealth.drugs.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regionalhealth.drugs.AntimicrobialGrade;
import org.regionalhealth.drugs.ControlledCategory;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Dosing;
import org.regionalhealth.drugs.DrugClass;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.Interaction;
import org.regionalhealth.drugs.InvalidKnowledgeBaseException;
import org.regionalhealth.drugs.PatentMedicine;
import org.regionalhealth.drugs.RenalLimit;
import org.regionalhealth.drugs.Restriction;
import org.regionalhealth.drugs.ReviewStatus;
import org.regionalhealth.drugs.Severity;
import org.regionalhealth.drugs.SkinTest;
import org.regionalhealth.drugs.Source;
import org.regionalhealth.drugs.TcmHerb;
import org.regionalhealth.drugs.TcmIncompatibility;

/** Maps YAML entries to the model records, field by field, as docs/knowledge-base.md defines them. */
final class EntryReaders {

    private static final Set<String> GENERIC_FIELDS = Set.of(
            "id",
            "nameZh",
            "nameEn",
            "pinyin",
            "aliases",
            "classes",
            "forms",
            "dose",
            "paediatric",
            "geriatric",
            "renal",
            "hepatic",
            "pregnancy",
            "lactation",
            "skinTest",
            "controlled",
            "antimicrobialGrade",
            "antimicrobialGradeByRoute",
            "iv",
            "diseases",
            "ingredients",
            "note",
            "source",
            "checked",
            "reviewStatus");
    private static final Set<String> DOSE_RANGE_FIELDS = Set.of(
            "perDoseMin",
            "perDoseMax",
            "perDayMin",
            "perDayMax",
            "absoluteMaxPerDay",
            "absoluteMaxPerDose",
            "perKgPerDoseMin",
            "perKgPerDoseMax",
            "perKgPerDayMin",
            "perKgPerDayMax",
            "minAgeYears",
            "frequencies",
            "maxDays",
            "note");

    private EntryReaders() {}

    static String id(YamlEntry entry, String key) {
        return entry.requiredString(key);
    }

    static DrugClass drugClass(YamlEntry e) {
        e.allow(Set.of("code", "nameZh", "nameEn", "parent", "note", "duplicateTherapy", "duplicateNote", "source"));
        Object duplicate = e.has("duplicateTherapy") ? e.string("duplicateTherapy") : null;
        Boolean duplicateTherapy = duplicate == null ? null : Boolean.valueOf(duplicate.toString());
        if (duplicateTherapy != null && !e.has("source")) {
            throw new InvalidKnowledgeBaseException(e.where() + ": a duplicateTherapy decision needs its source");
        }
        return new DrugClass(
                e.requiredString("code"),
                e.requiredString("nameZh"),
                e.string("nameEn"),
                e.string("parent"),
                duplicateTherapy,
                e.string("duplicateNote"),
                e.strings("source"));
    }

    static Source source(YamlEntry e) {
        e.allow(Set.of("id", "kind", "title", "issuer", "number", "date", "section", "note"));
        String kind = e.requiredString("kind");
        if (!Set.of("regulation", "catalogue", "label", "pharmacopoeia", "guideline", "literature")
                .contains(kind)) {
            throw new InvalidKnowledgeBaseException(e.where() + ": unknown source kind '" + kind + "'");
        }
        return new Source(
                e.requiredString("id"),
                kind,
                e.requiredString("title"),
                e.string("issuer"),
                e.string("number"),
                e.string("date"),
                e.string("section"),
                e.string("note"));
    }

    static Generic generic(YamlEntry e) {
        e.allow(GENERIC_FIELDS);
        return new Generic(
                e.requiredString("id"),
                e.requiredString("nameZh"),
                e.string("nameEn"),
                e.requiredString("pinyin"),
                e.strings("aliases"),
                e.requiredStrings("classes"),
                e.children("forms").stream().map(EntryReaders::form).toList(),
                dosing(e.child("dose")),
                paediatric(e.child("paediatric")),
                geriatric(e.child("geriatric")),
                e.children("renal").stream().map(EntryReaders::renal).toList(),
                hepatic(e.child("hepatic")),
                e.enumValue("pregnancy", Restriction.class),
                e.enumValue("lactation", Restriction.class),
                e.enumValue("skinTest", SkinTest.class),
                e.enumValue("controlled", ControlledCategory.class),
                e.enumValue("antimicrobialGrade", AntimicrobialGrade.class),
                gradesByRoute(e.child("antimicrobialGradeByRoute")),
                iv(e.child("iv")),
                e.children("diseases").stream().map(EntryReaders::disease).toList(),
                e.children("ingredients").stream().map(EntryReaders::ingredient).toList(),
                e.string("note"),
                e.requiredStrings("source"),
                e.requiredDate("checked"),
                e.enumValue("reviewStatus", ReviewStatus.class));
    }

    private static Map<String, AntimicrobialGrade> gradesByRoute(YamlEntry e) {
        Map<String, AntimicrobialGrade> grades = new LinkedHashMap<>();
        if (e != null) {
            for (String route : e.keys()) {
                grades.put(route, e.enumValue(route, AntimicrobialGrade.class));
            }
        }
        return grades;
    }

    private static Generic.DosageForm form(YamlEntry e) {
        e.allow(Set.of("form", "route", "strengths"));
        return new Generic.DosageForm(e.requiredString("form"), e.requiredString("route"), e.strings("strengths"));
    }

    private static Dosing dosing(YamlEntry e) {
        if (e == null) {
            return null;
        }
        e.allow(Set.of("unit", "adult", "paediatric", "byRoute"));
        Map<String, DoseRange> byRoute = new LinkedHashMap<>();
        e.childMap("byRoute").forEach((route, range) -> byRoute.put(route, doseRange(range)));
        return new Dosing(
                e.requiredString("unit"), doseRange(e.child("adult")), doseRange(e.child("paediatric")), byRoute);
    }

    private static DoseRange doseRange(YamlEntry e) {
        if (e == null) {
            return null;
        }
        e.allow(DOSE_RANGE_FIELDS);
        DoseRange range = new DoseRange(
                e.number("perDoseMin"),
                e.number("perDoseMax"),
                e.number("perDayMin"),
                e.number("perDayMax"),
                e.number("absoluteMaxPerDay"),
                e.number("absoluteMaxPerDose"),
                e.number("perKgPerDoseMin"),
                e.number("perKgPerDoseMax"),
                e.number("perKgPerDayMin"),
                e.number("perKgPerDayMax"),
                e.number("minAgeYears"),
                e.strings("frequencies"),
                e.integer("maxDays"),
                e.string("note"));
        // a minimum above its maximum is a typing error that would flag every correct prescription
        ordered(e, range.perDoseMin(), range.perDoseMax(), "perDose");
        ordered(e, range.perDayMin(), range.perDayMax(), "perDay");
        ordered(e, range.perDayMax(), range.absoluteMaxPerDay(), "perDayMax/absoluteMaxPerDay");
        ordered(e, range.perKgPerDoseMin(), range.perKgPerDoseMax(), "perKgPerDose");
        ordered(e, range.perDoseMax(), range.absoluteMaxPerDose(), "perDoseMax/absoluteMaxPerDose");
        ordered(e, range.perKgPerDayMin(), range.perKgPerDayMax(), "perKgPerDay");
        return range;
    }

    private static void ordered(YamlEntry e, Double low, Double high, String what) {
        if (low != null && high != null && low > high) {
            throw new InvalidKnowledgeBaseException(e.where() + ": " + what + " minimum exceeds maximum");
        }
    }

    private static Generic.Paediatric paediatric(YamlEntry e) {
        if (e == null) {
            return null;
        }
        e.allow(Set.of("contraindicatedUnderYears", "cautionUnderYears", "note"));
        return new Generic.Paediatric(
                e.number("contraindicatedUnderYears"), e.number("cautionUnderYears"), e.string("note"));
    }

    private static Generic.Geriatric geriatric(YamlEntry e) {
        if (e == null) {
            return null;
        }
        e.allow(Set.of("caution", "pim", "note"));
        return new Generic.Geriatric(e.bool("caution"), e.bool("pim"), e.string("note"));
    }

    private static RenalLimit renal(YamlEntry e) {
        e.allow(Set.of("egfrBelow", "crclBelow", "action", "perDayMax", "note"));
        Double egfr = e.number("egfrBelow");
        Double crcl = e.number("crclBelow");
        Restriction action = e.enumValue("action", Restriction.class);
        if ((egfr == null) == (crcl == null) || action == null) {
            throw new InvalidKnowledgeBaseException(
                    e.where() + ": renal limit needs exactly one of egfrBelow or crclBelow, and action");
        }
        return new RenalLimit(
                egfr != null ? egfr : crcl,
                action,
                e.number("perDayMax"),
                e.string("note"),
                egfr != null ? RenalLimit.Basis.EGFR : RenalLimit.Basis.CRCL);
    }

    private static Generic.Hepatic hepatic(YamlEntry e) {
        if (e == null) {
            return null;
        }
        e.allow(Set.of("action", "condition"));
        Restriction action = e.enumValue("action", Restriction.class);
        if (action == null) {
            throw new InvalidKnowledgeBaseException(e.where() + ": hepatic needs an action");
        }
        return new Generic.Hepatic(action, e.string("condition"));
    }

    private static Generic.IvUse iv(YamlEntry e) {
        if (e == null) {
            return null;
        }
        e.allow(Set.of("solvents", "incompatible"));
        return new Generic.IvUse(
                e.strings("solvents"),
                e.children("incompatible").stream()
                        .map(EntryReaders::ivIncompatibility)
                        .toList());
    }

    private static Generic.IvIncompatibility ivIncompatibility(YamlEntry e) {
        e.allow(Set.of("with", "severity", "scope", "maxAgeDays", "note"));
        String scope = e.string("scope");
        if (scope != null && !Set.of("same_infusion", "any").contains(scope)) {
            throw new InvalidKnowledgeBaseException(e.where() + ": scope must be same_infusion or any");
        }
        Severity severity = e.enumValue("severity", Severity.class);
        if (severity == null) {
            throw new InvalidKnowledgeBaseException(e.where() + ": required field 'severity' is missing");
        }
        return new Generic.IvIncompatibility(
                e.requiredString("with"), severity, scope, e.integer("maxAgeDays"), e.string("note"));
    }

    private static Generic.DiseaseContraindication disease(YamlEntry e) {
        e.allow(Set.of("icd10", "nameZh", "severity", "source", "note"));
        Restriction severity = e.enumValue("severity", Restriction.class);
        if (severity == null) {
            throw new InvalidKnowledgeBaseException(e.where() + ": required field 'severity' is missing");
        }
        return new Generic.DiseaseContraindication(
                e.requiredStrings("icd10"),
                e.requiredString("nameZh"),
                severity,
                e.strings("source"),
                e.string("note"));
    }

    private static Generic.Ingredient ingredient(YamlEntry e) {
        e.allow(Set.of("drug", "amount", "unit"));
        return new Generic.Ingredient(e.requiredString("drug"), e.number("amount"), e.string("unit"));
    }

    static Interaction interaction(YamlEntry e) {
        e.allow(Set.of("id", "a", "b", "severity", "mechanism", "management", "source", "checked"));
        Severity severity = e.enumValue("severity", Severity.class);
        if (severity == null) {
            throw new InvalidKnowledgeBaseException(e.where() + ": required field 'severity' is missing");
        }
        return new Interaction(
                e.requiredString("id"),
                party(e.child("a"), e.where() + ".a"),
                party(e.child("b"), e.where() + ".b"),
                severity,
                e.string("mechanism"),
                e.string("management"),
                e.requiredStrings("source"),
                e.requiredDate("checked"));
    }

    private static Interaction.Party party(YamlEntry e, String where) {
        if (e == null) {
            throw new InvalidKnowledgeBaseException(where + ": required side is missing");
        }
        e.allow(Set.of("drug", "class", "routes"));
        String drug = e.string("drug");
        String drugClass = e.string("class");
        if ((drug == null) == (drugClass == null)) {
            throw new InvalidKnowledgeBaseException(where + ": name exactly one of drug or class");
        }
        return new Interaction.Party(drug, drugClass, e.strings("routes"));
    }

    static PatentMedicine patentMedicine(YamlEntry e) {
        e.allow(Set.of(
                "id", "nameZh", "pinyin", "aliases", "westernIngredients", "usualDose", "note", "source", "checked"));
        YamlEntry usual = e.child("usualDose");
        PatentMedicine.UsualDose usualDose = null;
        if (usual != null) {
            usual.allow(Set.of("perDose", "perDay", "unit"));
            usualDose = new PatentMedicine.UsualDose(
                    usual.number("perDose"), usual.number("perDay"), usual.requiredString("unit"));
        }
        List<PatentMedicine.WesternIngredient> ingredients = e.children("westernIngredients").stream()
                .map(i -> {
                    i.allow(Set.of("drug", "amount", "unit"));
                    Double amount = i.number("amount");
                    if (amount == null) {
                        throw new InvalidKnowledgeBaseException(i.where() + ": required field 'amount' is missing");
                    }
                    return new PatentMedicine.WesternIngredient(
                            i.requiredString("drug"), amount, i.requiredString("unit"));
                })
                .toList();
        return new PatentMedicine(
                e.requiredString("id"),
                e.requiredString("nameZh"),
                e.requiredString("pinyin"),
                e.strings("aliases"),
                ingredients,
                usualDose,
                e.string("note"),
                e.requiredStrings("source"),
                e.requiredDate("checked"));
    }

    static TcmHerb herb(YamlEntry e) {
        e.allow(Set.of(
                "id",
                "nameZh",
                "pinyin",
                "aliases",
                "doseMinG",
                "doseMaxG",
                "toxicity",
                "pregnancy",
                "toxicMedicalListed",
                "externalOnly",
                "processing",
                "note",
                "source",
                "checked"));
        String toxicity = e.string("toxicity");
        if (toxicity != null && !Set.of("大毒", "有毒", "小毒").contains(toxicity)) {
            throw new InvalidKnowledgeBaseException(e.where() + ": toxicity must be 大毒, 有毒 or 小毒");
        }
        return new TcmHerb(
                e.requiredString("id"),
                e.requiredString("nameZh"),
                e.requiredString("pinyin"),
                e.strings("aliases"),
                e.number("doseMinG"),
                e.number("doseMaxG"),
                toxicity,
                e.enumValue("pregnancy", Restriction.class),
                e.has("toxicMedicalListed") && e.bool("toxicMedicalListed"),
                e.has("externalOnly") && e.bool("externalOnly"),
                e.string("processing"),
                e.string("note"),
                e.requiredStrings("source"),
                e.requiredDate("checked"));
    }

    static TcmIncompatibility tcmIncompatibility(YamlEntry e) {
        e.allow(Set.of("id", "kind", "a", "b", "note", "source"));
        String kind = e.requiredString("kind");
        if (!Set.of("十八反", "十九畏").contains(kind)) {
            throw new InvalidKnowledgeBaseException(e.where() + ": kind must be 十八反 or 十九畏");
        }
        return new TcmIncompatibility(
                e.requiredString("id"),
                kind,
                e.requiredStrings("a"),
                e.requiredStrings("b"),
                e.string("note"),
                e.requiredStrings("source"));
    }
}
