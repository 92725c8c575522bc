package org.regionalhealth.drugs.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.drugs.DrugInformationFixtures.INDEX;
import static org.regionalhealth.drugs.DrugInformationFixtures.KB;
import static org.regionalhealth.drugs.DrugInformationFixtures.LABELS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.drugs.labels.LabelSection;

class DrugQuestionsTests {

    private final DrugQuestions questions =
            new DrugQuestions(org.regionalhealth.semantic.model.BgeSmallZhEmbeddings.shared());

    private Answer ask(String q) {
        return questions.ask(q, INDEX, LABELS);
    }

    @ParameterizedTest
    @CsvSource({
        "布洛芬是治什么的, indications, ibuprofen",
        "布洛芬一天吃几次, dosage, ibuprofen",
        "哪些人不能吃布洛芬, contraindications, ibuprofen",
        "二甲双胍有什么副作用, adverse_reactions, metformin",
        "吃阿莫西林要注意什么, precautions, amoxicillin",
        "布洛芬孕妇能吃吗, pregnancy_lactation, ibuprofen",
        "芬必得小孩能吃吗, children, ibuprofen",
        "老人能吃布洛芬吗, elderly, ibuprofen",
        "阿莫西林怎么保存, storage, amoxicillin"
    })
    void everyIntentQuotesTheStoredSectionWithItsSources(String q, String intent, String generic) {
        var a = ask(q);
        assertThat(a.intent().code()).isEqualTo(intent);
        assertThat(a.drugs()).extracting(Answer.DrugRef::id).containsExactly(generic);
        assertThat(a.referral()).isFalse();
        var section = LABELS.section(generic, LabelSection.ofCode(intent).orElseThrow())
                .orElseThrow();
        assertThat(a.answer()).contains(section.text());
        assertThat(a.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.text()).isEqualTo(section.text());
            assertThat(quote.sources()).isNotEmpty();
        });
        assertThat(a.sources()).isNotEmpty().allSatisfy(s -> assertThat(KB.source(s.id()))
                .isPresent());
    }

    @Test
    void pregnancyAnswerOfIbuprofenIsTheKnowledgeBaseFactScreeningUses() {
        var a = ask("布洛芬孕妇能吃吗");
        assertThat(a.answer()).contains("孕妇：禁用");
        assertThat(a.sources()).extracting(Answer.SourceRef::id).contains("LABEL-IBUPROFEN");
    }

    @Test
    void twoDrugsAskTheInteractionKnowledgeOfTheScreeningEngine() {
        var a = ask("辛伐他汀和克拉霉素能一起吃吗");
        assertThat(a.intent()).isEqualTo(Intent.INTERACTIONS);
        var entries = KB.interactionsBetween("simvastatin", "clarithromycin");
        assertThat(entries).isNotEmpty();
        assertThat(a.quotes()).hasSize(entries.size());
        assertThat(a.answer()).contains(entries.get(0).mechanism()).contains("禁止合用");
        assertThat(a.sources()).extracting(Answer.SourceRef::id).contains("ONC-DDI-2012");
    }

    @Test
    void anUnrecordedPairIsSaidToBeUnrecordedNotSafe() {
        var a = ask("阿莫西林和氨溴索能一起吃吗");
        assertThat(KB.interactionsBetween("amoxicillin", "ambroxol")).isEmpty();
        assertThat(a.answer()).contains("未收录").contains("不等于一定没有相互作用");
        assertThat(a.sources()).extracting(Answer.SourceRef::kind).contains("knowledge_base");
    }

    @ParameterizedTest
    @CsvSource({
        "我是不是得了肺炎, diagnosis",
        "布洛芬可以加量吗, dose_change",
        "血压正常了能停氨氯地平吗, dose_change",
        "给我开点阿莫西林, prescription",
        "我头疼该吃什么药, prescription",
        "孩子误服了布洛芬怎么办, overdose"
    })
    void treatmentDecisionsAreReferredAndQuoteNoLabel(String q, String kind) {
        var a = ask(q);
        assertThat(a.referral()).isTrue();
        assertThat(a.safety()).isEqualTo(kind);
        assertThat(a.quotes()).isEmpty();
        assertThat(a.answer()).containsAnyOf("医生", "药师", "120");
        assertThat(a.sources()).extracting(Answer.SourceRef::id).containsExactly("REG-CFGL-2007");
    }

    @Test
    void noDrugOrNoIntentAsksBackInsteadOfGuessing() {
        var noDrug = ask("这个药孕妇能吃吗");
        assertThat(noDrug.drugs()).isEmpty();
        assertThat(noDrug.quotes()).isEmpty();
        assertThat(noDrug.answer()).contains("没有识别出");
        var noIntent = ask("布洛芬");
        assertThat(noIntent.intent()).isEqualTo(Intent.UNKNOWN);
        assertThat(noIntent.quotes()).isEmpty();
    }

    @Test
    void aMissingSectionIsReportedAsMissing() {
        var generic = KB.generics().stream()
                .filter(g -> LABELS.section(g.id(), LabelSection.STORAGE).isEmpty())
                .findFirst()
                .orElseThrow();
        var a = ask(generic.nameZh() + "怎么保存");
        assertThat(a.intent()).isEqualTo(Intent.STORAGE);
        assertThat(a.answer()).contains("暂未收录");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void aClassTermAnswersFromTheClassFactAndNamesTheMembersThatCarryIt() {
        var a = ask("头孢能喝酒吗");
        assertThat(a.drugs()).isEmpty();
        assertThat(a.classes()).extracting(Answer.ClassRef::code).containsExactly("cephalosporin");
        assertThat(a.classes().get(0).members()).contains("cefoperazone", "cefixime", "ceftriaxone");
        assertThat(a.intent()).isEqualTo(Intent.PRECAUTIONS);
        assertThat(a.grounded()).isTrue();
        assertThat(a.answer()).contains("双硫仑样反应").contains("来源");
        assertThat(a.quotes()).anySatisfy(q -> assertThat(q.origin()).isEqualTo("class"));
        assertThat(a.quotes()).anySatisfy(q -> assertThat(q.genericId())
                .isIn("cefoperazone", "cefmetazole", "cefoperazone_sulbactam", "cefuroxime"));
        assertThat(a.answer()).doesNotContain("derived").doesNotContain("核对");
    }

    @ParameterizedTest
    @CsvSource({
        "头孢喝酒, cephalosporin",
        "头胞能喝酒吗, cephalosporin",
        "他汀一般什么时候吃, statin",
        "沙坦类孕妇能吃吗, arb",
        "地平类能掰开吃吗, ccb_dihydropyridine",
        "胰岛素开封后怎么保存, insulin",
        "消炎药能治感冒吗, anti_infective",
        "降压药老人吃要注意什么, antihypertensive"
    })
    void classAndLayTermsResolveToTheClass(String q, String code) {
        var a = ask(q);
        assertThat(a.classes()).extracting(Answer.ClassRef::code).containsExactly(code);
        assertThat(a.classes().get(0).members()).isNotEmpty();
    }

    @Test
    void aDrugNameContainingAClassTermIsTheDrug() {
        var a = ask("头孢克肟能和酒一起吗");
        assertThat(a.drugs()).extracting(Answer.DrugRef::id).containsExactly("cefixime");
        assertThat(a.classes()).isEmpty();
        assertThat(ask("辛伐他汀晚上吃还是早上吃").drugs()).extracting(Answer.DrugRef::id).containsExactly("simvastatin");
    }

    @Test
    void theIssuesFailingQuestionsAreAnsweredFromTheRightPassage() {
        var metformin = ask("二甲双胍饭前还是饭后吃");
        assertThat(metformin.intent()).isEqualTo(Intent.DOSAGE);
        assertThat(metformin.answer()).contains("餐后").doesNotContain("derived");
        var insulin = ask("胰岛素开封后怎么保存");
        assertThat(insulin.intent()).isEqualTo(Intent.STORAGE);
        assertThat(insulin.answer()).contains("室温");
        var nifedipine = ask("硝苯地平缓释片能掰开吃吗");
        assertThat(nifedipine.drugs()).extracting(Answer.DrugRef::id).containsExactly("nifedipine");
        assertThat(nifedipine.intent()).isEqualTo(Intent.DOSAGE);
    }

    @Test
    void pregnancyAnswersNeverCiteTheElderlyLists() {
        for (String q : new String[] {"布洛芬孕妇能吃吗", "怀孕能吃阿司匹林吗", "孕妇能吃氯苯那敏吗"}) {
            var a = ask(q);
            assertThat(a.intent()).as(q).isEqualTo(Intent.PREGNANCY_LACTATION);
            assertThat(a.sources())
                    .as(q)
                    .extracting(Answer.SourceRef::id)
                    .doesNotContain("GL-BEERS-2023", "GL-CN-PIM-2017");
            assertThat(a.referTo()).as(q).isEqualTo("pharmacist");
        }
    }

    @Test
    void redFlagsGoTo120WithTheReason() {
        var a = ask("吃了阿莫西林喉咙发紧喘不上气");
        assertThat(a.referral()).isTrue();
        assertThat(a.safety()).isEqualTo("emergency");
        assertThat(a.referTo()).isEqualTo("emergency");
        assertThat(a.referralReason()).contains("呼吸困难");
        assertThat(a.answer()).contains("120");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void childrenBelowTheLabelsAgeAreSentToTheFamilyDoctor() {
        var a = ask("三岁孩子能吃左氧氟沙星吗");
        assertThat(a.referTo()).isEqualTo("family_doctor");
        assertThat(a.referralReason()).contains("18岁以下").contains("3岁");
        assertThat(DrugQuestions.age("两岁半的宝宝")).isEqualTo(2.5);
        assertThat(DrugQuestions.age("8个月宝宝")).isCloseTo(0.667, org.assertj.core.data.Offset.offset(0.01));
        assertThat(DrugQuestions.age("十二岁")).isEqualTo(12.0);
    }

    @Test
    void nothingSimilarEnoughIsSaidAndAPharmacistOffered() {
        var a = ask("氨溴索禁忌症是什么");
        if (LABELS.section("ambroxol", LabelSection.CONTRAINDICATIONS).isEmpty()) {
            assertThat(a.answer()).contains("暂未收录");
            assertThat(a.grounded()).isFalse();
            assertThat(a.referTo()).isEqualTo("pharmacist");
        }
    }

    @Test
    void shortNamesEverydayWordsAndClassTermsInsideTyposAreRecognisedAsMeant() {
        assertThat(ask("吃左氧的时候能喝牛奶吗").drugs()).extracting(Answer.DrugRef::id).containsExactly("levofloxacin");
        var grapefruit = ask("阿托伐他汀能喝葡萄柚汁吗");
        assertThat(grapefruit.drugs()).extracting(Answer.DrugRef::id).containsExactly("atorvastatin");
        assertThat(grapefruit.intent()).isEqualTo(Intent.PRECAUTIONS);
        var insulin = ask("夏天出门胰岛素怎么保存");
        assertThat(insulin.drugs()).isEmpty();
        assertThat(insulin.classes()).extracting(Answer.ClassRef::code).containsExactly("insulin");
        assertThat(insulin.intent()).isEqualTo(Intent.STORAGE);
        assertThat(insulin.grounded()).isTrue();
    }

    @Test
    void oneDrugWithFoodOrMealsIsNotAnInteractionQuestion() {
        assertThat(ask("二甲双胍要随饭一起吃吗").intent()).isEqualTo(Intent.DOSAGE);
        assertThat(ask("硝苯地平能和柚子一起吃吗").intent()).isEqualTo(Intent.PRECAUTIONS);
        assertThat(ask("阿奇霉素和什么药不能一起吃").intent()).isEqualTo(Intent.INTERACTIONS);
    }

    @Test
    void aQuestionThatOnlyOpensAndNamesADrugAsksBack() {
        var a = ask("请问一下华法林");
        assertThat(a.intent()).isEqualTo(Intent.UNKNOWN);
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void pinyinClassTermsAreRetrievedByTheClassName() {
        var a = ask("toubao能喝酒吗");
        assertThat(a.classes()).extracting(Answer.ClassRef::code).containsExactly("cephalosporin");
        assertThat(a.grounded()).isTrue();
        assertThat(a.answer()).contains("双硫仑样反应");
        assertThat(DrugQuestions.canonical("toubao能喝酒吗", java.util.List.of(), java.util.List.of()))
                .isEqualTo("toubao能喝酒吗");
    }

    @Test
    void conditionsAndSymptomsDecideBetweenContraindicationAndAdverseReaction() {
        assertThat(ask("胃溃疡的人能吃阿司匹林吗").intent()).isEqualTo(Intent.CONTRAINDICATIONS);
        assertThat(ask("氯吡格雷吃了容易瘀青吗").intent()).isEqualTo(Intent.ADVERSE_REACTIONS);
    }

    @ParameterizedTest
    @CsvSource({
        "吃华法林后大便是黑的, emergency",
        "吃阿司匹林吐了血, emergency",
        "小孩把半瓶美林都喝了怎么办, emergency",
        "不小心吃了两遍降压药, emergency",
        "布洛芬吃一片不管用能吃两片吗, family_doctor",
        "华法林能不能自己加半片, family_doctor",
        "胰岛素自己可以多打几个单位吗, family_doctor"
    })
    void furtherRedFlagsOverdosesAndDoseChangesAreReferred(String q, String referTo) {
        var a = ask(q);
        assertThat(a.referral()).isTrue();
        assertThat(a.referTo()).isEqualTo(referTo);
        assertThat(a.referralReason()).isNotBlank();
    }

    @Test
    void eatingMoreVegetablesIsNotADoseChange() {
        assertThat(ask("华法林期间能多吃绿叶菜吗").referral()).isFalse();
    }
}
