package org.regionalhealth.screening.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules the engine runs, in a fixed order. Rule ids are unique; {@code docs/rules.md} lists the same rules (a test
 * keeps the two in step).
 *
 * @param rules the rules
 */
public record RuleCatalog(List<Rule> rules) {

    public RuleCatalog {
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.metadata().id())) {
                throw new IllegalArgumentException(
                        "duplicate rule id " + r.metadata().id());
            }
        }
    }

    /** All rules of this module. */
    public static RuleCatalog standard() {
        return new RuleCatalog(List.of(
                // 合法性
                new PrescribingRightRule(),
                new NarcoticRightRule(),
                new AntimicrobialGradeRightRule(),
                new AntimicrobialUngradedRule(),
                new SpecialAntimicrobialOutpatientRule(),
                // 规范性
                new ItemCountRule(),
                new SeparateTcmRule(),
                new DiagnosisRequiredRule(),
                new VagueUsageRule(),
                new InfantAgeRule(),
                new ValidityRule(),
                new FutureIssueDateRule(),
                new OutpatientSupplyRule(),
                new EmergencySupplyRule(),
                new LongTermMaxDurationRule(),
                new LongTermAssessmentRule(),
                new LongTermExcludedDrugRule(),
                new NarcoticInjectionRule(),
                new NarcoticLongActingDaysRule(),
                new NarcoticOtherFormsDaysRule(),
                new MethylphenidateAdhdRule(),
                new Psychotropic2DaysRule(),
                new InpatientNarcoticRule(),
                new PethidineRule(),
                new ToxicQuantityRule(),
                // 适宜性
                new UnresolvedDrugRule(),
                new SkinTestRule(),
                new DailyDoseRule(),
                new SingleDoseRule(),
                new FrequencyRule(),
                new DoseAgeRule(),
                new DurationRule(),
                new DoseUnconvertibleRule(),
                new WeightMissingRule(),
                new RouteFormRule(),
                new DuplicateIngredientRule(),
                new DuplicateClassRule(),
                new DrugInteractionRule(),
                new IvIncompatibilityRule(),
                new AllergyRule(),
                new PaediatricAgeRule(),
                new GeriatricPimRule(),
                new PregnancyRule(),
                new LactationRule(),
                new RenalRule(),
                new HepaticRule(),
                new DrugDiseaseRule(),
                new TcmEighteenIncompatibilitiesRule(),
                new TcmNineteenFearsRule(),
                new TcmDoseRule(),
                new TcmToxicHerbRule()));
    }

    public List<RuleMetadata> metadata() {
        return rules.stream().map(Rule::metadata).toList();
    }
}
