package org.regionalhealth.drugs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A generic (通用名) with the facts screening checks. Absent facts are {@code null} or empty: the label states
 * nothing we could restate with confidence, and screening must say it could not check them.
 *
 * @param id lowercase English INN joined by {@code _} (salt not included)
 * @param nameZh 通用名
 * @param nameEn English INN
 * @param pinyin full pinyin, lowercase ascii, no tones or spaces
 * @param aliases brands (商品名) and other names
 * @param classes the most specific class codes; ancestors follow from {@link DrugClass#parent()}
 * @param forms marketed dosage forms, routes and strengths
 * @param dose labelled dose ranges
 * @param paediatric age limits for children
 * @param geriatric cautions for patients 65 and older
 * @param renal renal thresholds, most severe first
 * @param hepatic hepatic restriction
 * @param pregnancy restriction in pregnancy
 * @param lactation restriction in lactation
 * @param skinTest whether a skin test must precede the first dose
 * @param controlled special-management category
 * @param antimicrobialGrade Zhejiang antimicrobial grade, {@code null} for non-antimicrobials or when unchecked
 * @param antimicrobialGradeByRoute the grade per route where the Zhejiang catalogue grades forms differently (oral
 *     unrestricted, injection restricted); a route listed here overrides {@code antimicrobialGrade}
 * @param iv solvents and incompatibilities of the injectable forms
 * @param diseases drug–disease contraindications
 * @param ingredients components of a fixed combination that are generics themselves
 * @param note what the structured fields cannot say
 * @param source source ids the facts come from
 * @param checked date the entry was last checked against its sources
 * @param reviewStatus draft until the P&T committee approves it
 */
public record Generic(
        String id,
        String nameZh,
        String nameEn,
        String pinyin,
        List<String> aliases,
        List<String> classes,
        List<DosageForm> forms,
        Dosing dose,
        Paediatric paediatric,
        Geriatric geriatric,
        List<RenalLimit> renal,
        Hepatic hepatic,
        Restriction pregnancy,
        Restriction lactation,
        SkinTest skinTest,
        ControlledCategory controlled,
        AntimicrobialGrade antimicrobialGrade,
        java.util.Map<String, AntimicrobialGrade> antimicrobialGradeByRoute,
        IvUse iv,
        List<DiseaseContraindication> diseases,
        List<Ingredient> ingredients,
        String note,
        List<String> source,
        LocalDate checked,
        ReviewStatus reviewStatus) {

    public Generic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(pinyin, "pinyin");
        Objects.requireNonNull(checked, "checked");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        classes = List.copyOf(classes == null ? List.of() : classes);
        forms = List.copyOf(forms == null ? List.of() : forms);
        renal = List.copyOf(renal == null ? List.of() : renal);
        diseases = List.copyOf(diseases == null ? List.of() : diseases);
        ingredients = List.copyOf(ingredients == null ? List.of() : ingredients);
        source = List.copyOf(source == null ? List.of() : source);
        skinTest = skinTest == null ? SkinTest.NOT_REQUIRED : skinTest;
        controlled = controlled == null ? ControlledCategory.NONE : controlled;
        reviewStatus = reviewStatus == null ? ReviewStatus.DRAFT : reviewStatus;
        antimicrobialGradeByRoute = antimicrobialGradeByRoute == null
                ? java.util.Map.of()
                : java.util.Map.copyOf(antimicrobialGradeByRoute);
    }

    /** The antimicrobial grade of this generic given by the route ({@code null}: ungraded or not an antimicrobial). */
    public AntimicrobialGrade antimicrobialGradeFor(String route) {
        AntimicrobialGrade specific = route == null ? null : antimicrobialGradeByRoute.get(route);
        return specific != null ? specific : antimicrobialGrade;
    }

    /** Whether any marketed form of this generic is given by the route (口服, 静脉滴注, 外用 …). */
    public boolean hasRoute(String route) {
        return forms.stream().anyMatch(f -> f.route().equals(route));
    }

    /**
     * A marketed dosage form.
     *
     * @param form 剂型: 片剂, 肠溶片, 缓释片, 胶囊, 注射剂, 粉针剂 …
     * @param route 给药途径: 口服, 静脉滴注, 肌内注射, 外用 …
     * @param strengths 规格 as printed, e.g. {@code 20mg}
     */
    public record DosageForm(String form, String route, List<String> strengths) {

        public DosageForm {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(route, "route");
            strengths = List.copyOf(strengths == null ? List.of() : strengths);
        }
    }

    /**
     * Paediatric age limits.
     *
     * @param contraindicatedUnderYears the label forbids use below this age (e.g. 18 for fluoroquinolones)
     * @param cautionUnderYears the label asks for caution, or says safety is not established, below this age
     * @param note the label's wording
     */
    public record Paediatric(Double contraindicatedUnderYears, Double cautionUnderYears, String note) {}

    /**
     * Geriatric cautions.
     *
     * @param caution the label asks for caution or dose adjustment in the elderly
     * @param pim potentially inappropriate in the elderly (Beers 2023 / 中国老年人PIM 2017, restated)
     * @param note reason, restated
     */
    public record Geriatric(boolean caution, boolean pim, String note) {}

    /**
     * Hepatic restriction.
     *
     * @param action what the label asks
     * @param condition the liver state it applies to
     */
    public record Hepatic(Restriction action, String condition) {

        public Hepatic {
            Objects.requireNonNull(action, "action");
        }
    }

    /**
     * IV use of the injectable forms.
     *
     * @param solvents labelled solvents (溶媒)
     * @param incompatible incompatibilities (配伍禁忌)
     */
    public record IvUse(List<String> solvents, List<IvIncompatibility> incompatible) {

        public IvUse {
            solvents = List.copyOf(solvents == null ? List.of() : solvents);
            incompatible = List.copyOf(incompatible == null ? List.of() : incompatible);
        }
    }

    /**
     * An IV incompatibility.
     *
     * @param with a class code or generic id
     * @param severity how severe
     * @param scope {@code same_infusion} (same bag or line) or {@code any} (at any time in the same patient)
     * @param maxAgeDays applies only to patients at most this many days old (e.g. 28: neonates), {@code null}: all
     * @param note the label's wording
     */
    public record IvIncompatibility(String with, Severity severity, String scope, Integer maxAgeDays, String note) {

        public IvIncompatibility {
            Objects.requireNonNull(with, "with");
            Objects.requireNonNull(severity, "severity");
            scope = scope == null ? "same_infusion" : scope;
        }
    }

    /**
     * A drug–disease contraindication.
     *
     * @param icd10 ICD-10 code prefixes (e.g. {@code J45})
     * @param nameZh disease name
     * @param severity what the label asks
     * @param source source ids
     * @param note the label's wording
     */
    public record DiseaseContraindication(
            List<String> icd10, String nameZh, Restriction severity, List<String> source, String note) {

        public DiseaseContraindication {
            icd10 = List.copyOf(icd10 == null ? List.of() : icd10);
            source = List.copyOf(source == null ? List.of() : source);
            Objects.requireNonNull(severity, "severity");
        }
    }

    /**
     * A component of a fixed combination.
     *
     * @param drug generic id of the component
     * @param amount amount per unit, {@code null} when strengths differ between products
     * @param unit unit of {@code amount}
     */
    public record Ingredient(String drug, Double amount, String unit) {

        public Ingredient {
            Objects.requireNonNull(drug, "drug");
        }
    }
}
