package org.regionalhealth.reviewcenter.demoyear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.Interaction;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.screening.SkinTestResult;
import org.regionalhealth.screening.formats.PrescriptionRequest;

/**
 * What doctors of the demo district prescribe: common diagnoses of primary care and district hospitals with the drugs
 * that treat them, written as the knowledge base labels them (first labelled form and route, the smallest labelled
 * single dose, the first labelled frequency). The diagnosis mix follows the leading outpatient diagnoses of Chinese
 * primary care (《中国卫生健康统计年鉴》: respiratory infections, hypertension, diabetes, gastritis,
 * musculoskeletal pain, ischaemic heart disease); drugs not in the knowledge base are left out, so every line
 * resolves.
 */
final class ClinicalTemplates {

    /** A diagnosis and the drugs that go with it; {@code picks} lines are drawn from {@code drugs}. */
    record Template(String icd10, String text, List<String> drugs, int picks, double weight, boolean antimicrobial) {}

    /** A drug line as the label writes it. */
    record Line(
            String genericId,
            String name,
            String form,
            String route,
            double dose,
            Double maxDose,
            String unit,
            String frequency,
            String childFrequency) {

        PrescriptionRequest.Line request(double doseFactor, int days) {
            return request(doseFactor, days, false);
        }

        /** A line for a child uses the label's children's schedule when it has one (ibuprofen q6–8h, not q4h). */
        PrescriptionRequest.Line request(double doseFactor, int days, boolean child) {
            // the negative skin test the doctor records before a penicillin or cephalosporin (《抗菌药物临床应用指导原则》)
            SkinTestResult skin = name.contains("西林") || name.startsWith("头孢") ? SkinTestResult.NEGATIVE : null;
            return new PrescriptionRequest.Line(
                    name,
                    null,
                    null,
                    form,
                    route,
                    round(dose * doseFactor),
                    unit,
                    child ? childFrequency : frequency,
                    days,
                    null,
                    null,
                    null,
                    skin,
                    null);
        }

        private static double round(double v) {
            return Math.round(v * 100) / 100.0;
        }
    }

    // each entry is a slot: alternatives of one class separated by '|', so no template doubles a class by itself
    private static final List<Template> ADULT = List.of(
            new Template(
                    "J06.900", "急性上呼吸道感染", List.of("paracetamol|ibuprofen", "loratadine", "ambroxol"), 2, 18, false),
            new Template(
                    "I10.x00",
                    "原发性高血压",
                    List.of("amlodipine|nifedipine", "valsartan|losartan", "metoprolol", "indapamide"),
                    2,
                    20,
                    false),
            new Template("E11.900", "2型糖尿病", List.of("metformin", "glimepiride|gliclazide|acarbose"), 2, 12, false),
            new Template("E78.500", "高脂血症", List.of("atorvastatin|rosuvastatin"), 1, 6, false),
            new Template(
                    "I25.103",
                    "冠状动脉粥样硬化性心脏病",
                    List.of("aspirin|clopidogrel", "atorvastatin", "isosorbide_mononitrate", "metoprolol"),
                    3,
                    7,
                    false),
            new Template(
                    "K29.700",
                    "慢性胃炎",
                    List.of("omeprazole|pantoprazole|famotidine", "domperidone|mosapride"),
                    2,
                    8,
                    false),
            new Template("M54.500", "腰痛", List.of("diclofenac|celecoxib|ibuprofen"), 1, 6, false),
            new Template("J20.900", "急性支气管炎", List.of("amoxicillin|cefuroxime|azithromycin", "ambroxol"), 2, 8, true),
            new Template(
                    "J18.900",
                    "社区获得性肺炎",
                    List.of("levofloxacin|amoxicillin_clavulanate|azithromycin|cefuroxime"),
                    1,
                    3,
                    true),
            new Template("N39.000", "尿路感染", List.of("levofloxacin|nitrofurantoin|cefuroxime"), 1, 3, true),
            new Template("J45.900", "支气管哮喘", List.of("montelukast", "salbutamol|budesonide"), 2, 3, false),
            new Template("J30.400", "变应性鼻炎", List.of("loratadine|cetirizine|montelukast"), 1, 3, false),
            new Template("F51.000", "失眠", List.of("estazolam|alprazolam"), 1, 2, false),
            new Template("E03.900", "甲状腺功能减退症", List.of("levothyroxine"), 1, 1, false));

    private static final List<Template> CHILD = List.of(
            new Template("J06.900", "急性上呼吸道感染", List.of("paracetamol|ibuprofen"), 1, 6, false),
            new Template("J20.900", "急性支气管炎", List.of("amoxicillin|cefaclor", "ambroxol"), 2, 3, true),
            new Template("J30.400", "变应性鼻炎", List.of("cetirizine|loratadine"), 1, 1, false));

    private final Map<String, Line> lines = new HashMap<>();
    private final List<Template> adult;
    private final List<Template> child;
    private final double adultWeight;
    private final double childWeight;
    private final List<Line[]> interactingPairs = new ArrayList<>();

    ClinicalTemplates(KnowledgeSnapshot kb) {
        adult = usable(kb, ADULT);
        child = usable(kb, CHILD);
        adultWeight = adult.stream().mapToDouble(Template::weight).sum();
        childWeight = child.stream().mapToDouble(Template::weight).sum();
        for (Interaction i : kb.interactions()) {
            if (i.a().drug() == null || i.b().drug() == null) {
                continue;
            }
            var a = line(kb, i.a().drug());
            var b = line(kb, i.b().drug());
            if (a.isPresent()
                    && b.isPresent()
                    && "口服".equals(a.get().route())
                    && "口服".equals(b.get().route())) {
                interactingPairs.add(new Line[] {a.get(), b.get()});
            }
        }
    }

    private List<Template> usable(KnowledgeSnapshot kb, List<Template> templates) {
        List<Template> result = new ArrayList<>();
        for (Template t : templates) {
            List<String> known = new ArrayList<>();
            for (String slot : t.drugs()) {
                String alternatives = java.util.Arrays.stream(slot.split("\\|"))
                        .filter(d -> line(kb, d).isPresent())
                        .collect(java.util.stream.Collectors.joining("|"));
                if (!alternatives.isEmpty()) {
                    known.add(alternatives);
                }
            }
            if (!known.isEmpty()) {
                result.add(new Template(
                        t.icd10(), t.text(), known, Math.min(t.picks(), known.size()), t.weight(), t.antimicrobial()));
            }
        }
        return List.copyOf(result);
    }

    private Optional<Line> line(KnowledgeSnapshot kb, String genericId) {
        if (lines.containsKey(genericId)) {
            return Optional.of(lines.get(genericId));
        }
        Optional<Generic> generic = kb.generic(genericId);
        if (generic.isEmpty()
                || generic.get().forms().isEmpty()
                || generic.get().dose() == null) {
            return Optional.empty();
        }
        Generic g = generic.get();
        Generic.DosageForm form = g.forms().get(0);
        DoseRange range = g.dose().adultFor(form.route()).orElse(null);
        if (range == null || range.perDoseMin() == null || range.frequencies().isEmpty()) {
            return Optional.empty();
        }
        Line line = new Line(
                g.id(),
                g.nameZh() + form.form(),
                form.form(),
                form.route(),
                range.perDoseMin(),
                range.perDoseMax(),
                g.dose().unit(),
                range.frequencies().get(0),
                g.dose().paediatric() != null
                                && !g.dose().paediatric().frequencies().isEmpty()
                        ? g.dose().paediatric().frequencies().get(0)
                        : range.frequencies().get(0));
        lines.put(genericId, line);
        return Optional.of(line);
    }

    Template pick(SplittableRandom random, boolean child) {
        List<Template> from = child ? this.child : adult;
        double x = random.nextDouble() * (child ? childWeight : adultWeight);
        for (Template t : from) {
            x -= t.weight();
            if (x < 0) {
                return t;
            }
        }
        return from.get(from.size() - 1);
    }

    /** One drug of a slot ({@code a|b|c}). */
    Line lineOf(String slot, SplittableRandom random) {
        String[] alternatives = slot.split("\\|");
        return lines.get(alternatives[random.nextInt(alternatives.length)]);
    }

    /** Two oral drugs with a knowledge-base interaction, or {@code null} when the knowledge base has none. */
    Line[] interactingPair(SplittableRandom random) {
        return interactingPairs.isEmpty() ? null : interactingPairs.get(random.nextInt(interactingPairs.size()));
    }
}
