package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.regionalhealth.drugs.DrugClass;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.screening.Tier;

/**
 * Two different generics of the same therapeutic class, on the prescription or with an active history medicine
 * (《医疗机构处方审核规范》 适宜性第5项; 《医院处方点评管理规范（试行）》: 无正当理由为同一患者同时开具2种以上药理作用相同
 * 药物). A generic's duplicate groups are the classes it lists and every ancestor the knowledge base marks
 * {@code duplicateTherapy: true} (all NSAIDs, all antidepressants, sedative-hypnotics, insulin secretagogues), so two
 * drugs of different sub-classes under one such parent are duplicates. Classes marked {@code duplicateTherapy: false}
 * are combined by standard practice (aspirin with one P2Y12 inhibitor, basal with bolus insulin, maintenance with
 * reliever β2 agonist …): the exemption is data with its source, never code.
 */
public final class DuplicateClassRule extends AbstractRule {

    public DuplicateClassRule() {
        super(RuleMetadata.of(
                "DUP_CLASS",
                "2",
                Tier.T2,
                "同类药物重复使用（两种不同通用名属同一药理类别或同一重复用药上级类别；标准联用方案按知识库豁免）",
                "《医疗机构处方审核规范》适宜性审核（西药及中成药）第5项；《医院处方点评管理规范（试行）》超常处方"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of(
                "generics.classes",
                "classes.code",
                "classes.nameZh",
                "classes.parent",
                "classes.duplicateTherapy",
                "classes.duplicateNote",
                "classes.source");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        List<ResolvedLine> all = context.linesAndHistory();
        int prescribed = context.lines().size();
        KnowledgeSnapshot kb = context.kb();
        List<List<String>> groups = new ArrayList<>(all.size());
        for (ResolvedLine line : all) {
            groups.add(line.generic() == null ? List.of() : groups(kb, line.generic()));
        }
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < prescribed; i++) {
            Generic a = all.get(i).generic();
            if (a == null) {
                continue;
            }
            for (int j = i + 1; j < all.size(); j++) {
                Generic b = all.get(j).generic();
                if (b == null || a.id().equals(b.id()) || contains(a, b) || contains(b, a)) {
                    continue;
                }
                for (String cls : groups.get(i)) {
                    if (!groups.get(j).contains(cls)) {
                        continue;
                    }
                    String pair = a.id().compareTo(b.id()) < 0 ? a.id() + '|' + b.id() : b.id() + '|' + a.id();
                    if (!reported.add(pair)) {
                        break;
                    }
                    DrugClass c = kb.drugClass(cls).orElse(null);
                    String className = c == null ? cls : c.nameZh();
                    List<String> evidence = new ArrayList<>();
                    evidence.add("类别=" + cls);
                    if (c != null && c.duplicateNote() != null) {
                        evidence.add(c.duplicateNote());
                    }
                    findings.report(
                            this,
                            Tier.T2,
                            "同类药物重复：" + all.get(i).label() + " 与 " + all.get(j).label() + " 同属" + className,
                            drugs(all.get(i), all.get(j)),
                            evidence,
                            c == null ? List.of() : c.source());
                    break;
                }
            }
        }
    }

    /**
     * The generic's duplicate groups, most specific first: each listed class unless exempt, then each ancestor marked
     * as a duplicate group (an exempt ancestor stops nothing: a P2Y12 inhibitor's group is {@code p2y12_inhibitor}
     * even though {@code antiplatelet} is exempt).
     */
    static List<String> groups(KnowledgeSnapshot kb, Generic g) {
        List<String> out = new ArrayList<>(4);
        for (String code : g.classes()) {
            DrugClass c = kb.drugClass(code).orElse(null);
            if (c == null || !Boolean.FALSE.equals(c.duplicateTherapy())) {
                add(out, code);
            }
            int depth = 0;
            while (c != null && c.parent() != null && depth++ < 16) {
                c = kb.drugClass(c.parent()).orElse(null);
                if (c != null && Boolean.TRUE.equals(c.duplicateTherapy())) {
                    add(out, c.code());
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String code) {
        if (!out.contains(code)) {
            out.add(code);
        }
    }

    private static boolean contains(Generic combination, Generic part) {
        return combination.ingredients().stream().anyMatch(x -> x.drug().equals(part.id()));
    }
}
