package org.regionalhealth.prescriptionreview;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of prescription screening ({@code rhp.prescription-review.*}).
 *
 * @param actions tier → action; absent tiers take the default of research §3.5 (T0 通过, T1 提示, T2 拦截可双签, T3
 *     药师必审, T4 驳回)
 * @param historyDays how far back the regional medication history counts (default 30)
 * @param maxItems most drug lines on a Western/CPM prescription (default 5, 《处方管理办法》第六条)
 * @param labMaxAgeDays oldest eGFR or creatinine result used (default 90)
 */
@ConfigurationProperties("rhp.prescription-review")
public record PrescriptionReviewProperties(
        Map<Tier, Action> actions, Integer historyDays, Integer maxItems, Integer labMaxAgeDays) {

    public PrescriptionReviewProperties {
        EnumMap<Tier, Action> merged = new EnumMap<>(Tier.class);
        merged.put(Tier.T0, Action.PASS);
        merged.put(Tier.T1, Action.NOTICE);
        merged.put(Tier.T2, Action.BLOCK_OVERRIDABLE);
        merged.put(Tier.T3, Action.PHARMACIST_REVIEW);
        merged.put(Tier.T4, Action.REJECT);
        if (actions != null) {
            merged.putAll(actions);
        }
        actions = Map.copyOf(merged);
        historyDays = historyDays == null ? 30 : historyDays;
        maxItems = maxItems == null ? 5 : maxItems;
        labMaxAgeDays = labMaxAgeDays == null ? 90 : labMaxAgeDays;
    }

    /** The defaults. */
    public static PrescriptionReviewProperties defaults() {
        return new PrescriptionReviewProperties(null, null, null, null);
    }

    public Action actionFor(Tier tier) {
        return actions.get(tier);
    }
}
