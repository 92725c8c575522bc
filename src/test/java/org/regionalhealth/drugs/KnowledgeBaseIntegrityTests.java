package org.regionalhealth.drugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.knowledge.KnowledgeBaseLoader;

/**
 * The bundled knowledge base (classpath drugs/kb) is complete and consistent. The loader already refuses dangling
 * references and duplicate ids (KnowledgeBaseLoaderTests); these tests re-check the loaded result through the public
 * API and add the content rules a screening engine relies on.
 */
class KnowledgeBaseIntegrityTests {

    private static final Pattern PINYIN = Pattern.compile("[a-z0-9]+");

    private static KnowledgeSnapshot kb;

    @BeforeAll
    static void load() {
        kb = new KnowledgeBaseLoader().fromClasspath();
    }

    @Test
    void everyReferenceResolves() {
        List<String> dangling = new ArrayList<>();
        for (Generic g : kb.generics()) {
            g.classes().stream().filter(c -> kb.drugClass(c).isEmpty()).forEach(c -> dangling.add(g.id() + "→" + c));
            g.source().stream().filter(s -> kb.source(s).isEmpty()).forEach(s -> dangling.add(g.id() + "→" + s));
            g.ingredients().stream()
                    .filter(i -> kb.generic(i.drug()).isEmpty())
                    .forEach(i -> dangling.add(g.id() + "→" + i.drug()));
        }
        for (DrugClass c : kb.classes()) {
            if (c.parent() != null && kb.drugClass(c.parent()).isEmpty()) {
                dangling.add(c.code() + "→" + c.parent());
            }
        }
        for (Interaction i : kb.interactions()) {
            i.source().stream().filter(s -> kb.source(s).isEmpty()).forEach(s -> dangling.add(i.id() + "→" + s));
            for (Interaction.Party p : List.of(i.a(), i.b())) {
                boolean known = p.drug() != null
                        ? kb.generic(p.drug()).isPresent()
                        : kb.drugClass(p.drugClass()).isPresent();
                if (!known) {
                    dangling.add(i.id() + "→" + p);
                }
            }
        }
        for (PatentMedicine p : kb.patentMedicines()) {
            p.westernIngredients().stream()
                    .filter(w -> kb.generic(w.drug()).isEmpty())
                    .forEach(w -> dangling.add(p.id() + "→" + w.drug()));
        }
        assertThat(dangling).isEmpty();
    }

    @Test
    void requiredFieldsArePresent() {
        assertThat(kb.generics()).allSatisfy(g -> {
            assertThat(g.nameZh()).as(g.id()).isNotBlank();
            assertThat(g.pinyin()).as(g.id()).isNotBlank();
            assertThat(g.classes()).as(g.id()).isNotEmpty();
            assertThat(g.source()).as(g.id()).isNotEmpty();
            assertThat(g.checked()).as(g.id()).isNotNull();
        });
    }

    @Test
    void idsAreUnique() {
        assertThat(kb.generics()).extracting(Generic::id).doesNotHaveDuplicates();
        assertThat(kb.classes()).extracting(DrugClass::code).doesNotHaveDuplicates();
        assertThat(kb.sources()).extracting(Source::id).doesNotHaveDuplicates();
        assertThat(kb.interactions()).extracting(Interaction::id).doesNotHaveDuplicates();
    }

    @Test
    void pinyinIsLowercaseAscii() {
        assertThat(kb.generics())
                .allSatisfy(g -> assertThat(g.pinyin()).as(g.id()).matches(PINYIN));
        assertThat(kb.patentMedicines())
                .allSatisfy(p -> assertThat(p.pinyin()).as(p.id()).matches(PINYIN));
        assertThat(kb.herbs()).allSatisfy(h -> assertThat(h.pinyin()).as(h.id()).matches(PINYIN));
    }

    @Test
    void genericIdsFollowTheNamingRule() {
        assertThat(kb.generics()).allSatisfy(g -> assertThat(g.id()).matches("[a-z][a-z0-9_]*"));
    }

    @Test
    void hasAtLeast300Generics() {
        assertThat(kb.generics()).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void drugsOfTheTestSetArePresent() {
        // research §7 R01–R40: every drug a test case names
        List<String> ids = List.of(
                "simvastatin",
                "atorvastatin",
                "clarithromycin",
                "tizanidine",
                "ciprofloxacin",
                "selegiline",
                "rasagiline",
                "tramadol",
                "pethidine",
                "febuxostat",
                "azathioprine",
                "sildenafil",
                "isosorbide_mononitrate",
                "paracetamol",
                "glibenclamide",
                "ibuprofen",
                "diclofenac",
                "metformin",
                "levofloxacin",
                "doxycycline",
                "enalapril",
                "isotretinoin",
                "chlorphenamine",
                "amoxicillin",
                "cefuroxime",
                "propranolol",
                "aspirin",
                "ceftriaxone",
                "morphine",
                "oxycodone",
                "methylphenidate",
                "zolpidem",
                "alprazolam",
                "fentanyl",
                "atropine",
                "meropenem",
                "amlodipine");
        assertThat(ids).allSatisfy(id -> assertThat(kb.generic(id)).as(id).isPresent());
        assertThat(kb.findPatentMedicine("维C银翘片")).isPresent();
        assertThat(kb.findPatentMedicine("消渴丸")).isPresent();
        assertThat(kb.generics())
                .as("a calcium-containing infusion such as 乳酸钠林格 or 复方氯化钠")
                .anyMatch(g -> kb.isA(g.id(), "calcium_containing_iv_fluid"));
    }

    @Test
    void everyScreeningClassHasAMember() {
        // the classes issue 3 screens on (duplicate class, ONC pairs, allergy cross-reactivity)
        List<String> classes = List.of(
                "statin",
                "macrolide",
                "azole_antifungal",
                "fluoroquinolone",
                "tetracycline",
                "ace_inhibitor",
                "arb",
                "beta_blocker",
                "nsaid",
                "ssri",
                "maoi",
                "triptan",
                "benzodiazepine",
                "z_drug",
                "sulfonylurea",
                "penicillin",
                "cephalosporin",
                "opioid");
        assertThat(classes).allSatisfy(c -> assertThat(kb.membersOf(c)).as(c).isNotEmpty());
    }

    @Test
    void labelRulesHoldForWholeClasses() {
        // 《药典临床用药须知》: every penicillin needs a skin test
        assertThat(kb.membersOf("penicillin"))
                .allSatisfy(g -> assertThat(g.skinTest()).as(g.id()).isEqualTo(SkinTest.REQUIRED));
        // Chinese labels: systemic fluoroquinolones contraindicated under 18, tetracyclines under 8
        assertThat(kb.membersOf("fluoroquinolone"))
                .allSatisfy(g -> assertThat(g.paediatric().contraindicatedUnderYears())
                        .as(g.id())
                        .isEqualTo(18.0));
        assertThat(kb.membersOf("tetracycline"))
                .allSatisfy(g -> assertThat(g.paediatric().contraindicatedUnderYears())
                        .as(g.id())
                        .isEqualTo(8.0));
        // statins, ACE inhibitors and ARBs: contraindicated in pregnancy
        for (String c : List.of("statin", "ace_inhibitor", "arb")) {
            assertThat(kb.membersOf(c))
                    .allSatisfy(g -> assertThat(g.pregnancy()).as(g.id()).isEqualTo(Restriction.CONTRAINDICATED));
        }
        // carbapenems are special-use everywhere (no outpatient use)
        assertThat(kb.membersOf("carbapenem"))
                .allSatisfy(g -> assertThat(g.antimicrobialGrade()).as(g.id()).isEqualTo(AntimicrobialGrade.SPECIAL));
    }

    @Test
    void factsTheTestSetNeedsAreRecorded() {
        Generic metformin = kb.generic("metformin").orElseThrow();
        assertThat(metformin.renal())
                .extracting(RenalLimit::egfrBelow, RenalLimit::action)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(30.0, Restriction.CONTRAINDICATED),
                        org.assertj.core.groups.Tuple.tuple(45.0, Restriction.REDUCE));
        assertThat(kb.generic("propranolol").orElseThrow().diseases())
                .anySatisfy(d -> assertThat(d.icd10()).contains("J45"));
        assertThat(kb.generic("aspirin").orElseThrow().forms())
                .anySatisfy(f -> assertThat(f.form()).isEqualTo("肠溶片"));
        assertThat(kb.generic("ceftriaxone").orElseThrow().iv().incompatible())
                .anySatisfy(i -> assertThat(i.with()).isEqualTo("calcium_containing_iv_fluid"));
        assertThat(kb.generic("amoxicillin").orElseThrow().skinTest()).isEqualTo(SkinTest.REQUIRED);
        assertThat(kb.generic("enalapril").orElseThrow().pregnancy()).isEqualTo(Restriction.CONTRAINDICATED);
        assertThat(kb.findGeneric("辛伐他汀片")).map(Generic::id).contains("simvastatin");
        assertThat(kb.findGeneric("阿莫西林胶囊")).map(Generic::id).contains("amoxicillin");
    }
}
