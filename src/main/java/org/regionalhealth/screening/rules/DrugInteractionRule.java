package org.regionalhealth.screening.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.regionalhealth.drugs.Interaction;
import org.regionalhealth.screening.Tier;

/**
 * Drug–drug interactions between the prescription's drugs, their Western ingredients (a patent medicine's
 * paracetamol counts), and the active regional history (《医疗机构处方审核规范》 适宜性第5项: 是否有潜在临床意义的相互作用;
 * research §2.4 C6). Tier from the knowledge base's severity: contraindicated T4, major T3, moderate T1, minor T0. A side
 * may be limited to some routes ({@code routes: [静脉注射, 静脉滴注]}): ceftriaxone + calcium and digoxin + calcium are
 * about calcium in a vein, not a calcium tablet (issue 14).
 */
public final class DrugInteractionRule extends AbstractRule {

    public DrugInteractionRule() {
        super(RuleMetadata.of(
                "DDI",
                "1",
                Tier.T4,
                "药物相互作用（含中成药西药成分及区域用药史），按知识库严重程度分级",
                "《医疗机构处方审核规范》适宜性审核（西药及中成药）第5项；《处方管理办法》第三十五条"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of(
                "interactions.a.drug",
                "interactions.a.class",
                "interactions.b.drug",
                "interactions.b.class",
                "interactions.a.routes",
                "interactions.b.routes",
                "interactions.severity",
                "interactions.mechanism",
                "interactions.management");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        List<ResolvedLine> all = context.linesAndHistory();
        int prescribed = context.lines().size();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < prescribed; i++) {
            ResolvedLine a = all.get(i);
            List<ResolvedLine.Component> ca = a.components();
            if (ca.isEmpty()) {
                continue;
            }
            for (int j = i + 1; j < all.size(); j++) {
                ResolvedLine b = all.get(j);
                for (ResolvedLine.Component x : ca) {
                    for (ResolvedLine.Component y : b.components()) {
                        if (x.genericId().equals(y.genericId())) {
                            continue;
                        }
                        List<Interaction> found = context.kb().interactionsBetween(x.genericId(), y.genericId());
                        for (Interaction interaction : found) {
                            if (!byRoute(context, interaction, x.genericId(), a, y.genericId(), b)) {
                                continue;
                            }
                            String key = interaction.id() + '|' + a.label() + '|' + b.label();
                            if (!reported.add(key)) {
                                continue;
                            }
                            Tier tier = tierOf(interaction.severity());
                            findings.report(
                                    this,
                                    tier,
                                    a.label() + " 与 " + b.label() + "：" + zh(interaction.severity()) + "相互作用。"
                                            + nullToEmpty(interaction.mechanism()) + "。处理："
                                            + nullToEmpty(interaction.management()),
                                    drugs(a, b),
                                    List.of(
                                            "相互作用条目=" + interaction.id(),
                                            "严重程度="
                                                    + interaction
                                                            .severity()
                                                            .name()
                                                            .toLowerCase(),
                                            "成分=" + x.genericId() + "+" + y.genericId()),
                                    interaction.source());
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether the lines' routes satisfy the interaction's route conditions in the order the two generics match its
     * sides (either order will do). A line whose route cannot be told takes part: unknown is never a silent pass.
     */
    static boolean byRoute(
            ScreeningContext context,
            Interaction interaction,
            String genericX,
            ResolvedLine lineX,
            String genericY,
            ResolvedLine lineY) {
        Interaction.Party pa = interaction.a();
        Interaction.Party pb = interaction.b();
        if (pa.routes().isEmpty() && pb.routes().isEmpty()) {
            return true;
        }
        String rx = lineX.effectiveRoute();
        String ry = lineY.effectiveRoute();
        boolean forward = is(context, pa, genericX) && is(context, pb, genericY) && pa.byRoute(rx) && pb.byRoute(ry);
        boolean backward = is(context, pa, genericY) && is(context, pb, genericX) && pa.byRoute(ry) && pb.byRoute(rx);
        return forward || backward;
    }

    private static boolean is(ScreeningContext context, Interaction.Party party, String genericId) {
        return party.drug() != null
                ? party.drug().equals(genericId)
                : context.kb().isA(genericId, party.drugClass());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
