package org.regionalhealth.screening.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.KB;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.AntimicrobialGrade;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.screening.rules.AntimicrobialUngradedRule;
import org.regionalhealth.screening.rules.Routes;

/**
 * Issue 14 item 3 over the whole knowledge base: every systemic antibacterial or antifungal, by every systemic route of
 * its marketed forms, prescribed at a village station (乡村医生, capped at 非限制使用级) either has a Zhejiang grade for
 * that route — and then the prescriber-right rule decides — or goes to a pharmacist (ABX_UNGRADED). None passes in
 * silence. The list of ungraded drug–route pairs in docs/knowledge-base.md is generated here, so it cannot go stale.
 */
class AntimicrobialGradeCoverageTest {

    private static final Prescriber VILLAGE =
            new Prescriber("V001", "李医生", true, false, AntimicrobialGrade.UNRESTRICTED, true);

    @Test
    void noSystemicAntibacterialOrAntifungalPassesAVillageStationInSilence() throws Exception {
        int checked = 0;
        TreeMap<String, Set<String>> ungraded = new TreeMap<>();
        List<String> silent = new ArrayList<>();
        for (Generic g : KB.generics()) {
            if (!AntimicrobialUngradedRule.graded(KB, g)) {
                continue;
            }
            for (Generic.DosageForm form : g.forms()) {
                String route = Routes.normalise(form.route());
                if (!AntimicrobialUngradedRule.systemic(route)) {
                    continue;
                }
                checked++;
                String unit = g.dose() == null ? "mg" : g.dose().unit();
                PrescriptionLine line = PrescriptionLine.of(g.nameZh(), form.form(), form.route(), 1.0, unit, "qd", 3);
                Verdict v = screen(rx(line).prescriber(VILLAGE).build());
                AntimicrobialGrade grade = g.antimicrobialGradeFor(form.route());
                if (grade == null) {
                    ungraded.computeIfAbsent(g.nameZh() + "（" + g.id() + "）", k -> new LinkedHashSet<>())
                            .add(form.route());
                    if (v.findingsOf("ABX_UNGRADED").isEmpty() || v.action().compareTo(Action.PHARMACIST_REVIEW) < 0) {
                        silent.add(g.id() + " " + form.route() + " ungraded, action " + v.action());
                    }
                } else {
                    if (!v.findingsOf("ABX_UNGRADED").isEmpty()) {
                        silent.add(g.id() + " " + form.route() + " graded but reported ungraded");
                    }
                    if (grade != AntimicrobialGrade.UNRESTRICTED
                            && v.findingsOf("ABX_GRADE_EXCEEDS_RIGHT").isEmpty()) {
                        silent.add(g.id() + " " + form.route() + " " + grade + " passes a village doctor's right");
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(silent)
                .as("systemic anti-infectives that pass a village station in silence")
                .isEmpty();

        StringBuilder doc = new StringBuilder();
        doc.append("Systemic antibacterials and antifungals checked by route: ")
                .append(checked)
                .append("; without a Zhejiang grade (ABX_UNGRADED, 药师必审 for a prescriber below 特殊使用级): ")
                .append(ungraded.values().stream().mapToInt(Set::size).sum())
                .append(" drug–route pairs of ")
                .append(ungraded.size())
                .append(" generics.\n\n");
        ungraded.forEach((drug, routes) -> doc.append("- ")
                .append(drug)
                .append("：")
                .append(String.join("、", routes))
                .append('\n'));
        GeneratedDocSection.check(Path.of("docs/knowledge-base.md"), "ungraded-antimicrobials", doc.toString());
    }
}
