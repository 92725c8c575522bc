package org.regionalhealth.screening;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.UnitType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of prescription screening ({@code rhp.prescription-review.*}; the review center binds its own settings of
 * the same prefix in {@code ReviewCenterProperties}, so existing configuration keeps working after the split of ADR
 * 0012).
 *
 * @param actions district-wide tier → action; absent tiers take the default of research §3.5 (T0 通过, T1 提示, T2
 *     拦截可双签, T3 药师必审, T4 驳回)
 * @param policies overrides of the tier → action mapping for a medical community, an institution type and/or a
 *     setting; where several match, the most specific (most fields set) wins, and among equally specific ones the
 *     later in the list
 * @param historyDays how far back the regional medication history counts (default 30)
 * @param maxItems most drug lines on a Western/CPM prescription (default 5, 《处方管理办法》第六条)
 * @param labMaxAgeDays oldest eGFR or creatinine result used (default 90)
 * @param screeningTimeout the time budget of one screening; beyond it the verdict is {@code UNSCREENED} (research §7
 *     N1) — a doctor waits for the answer at signing time (default 500 ms)
 */
@ConfigurationProperties("rhp.prescription-review")
public record ScreeningProperties(
        Map<Tier, Action> actions,
        List<ActionPolicy> policies,
        Integer historyDays,
        Integer maxItems,
        Integer labMaxAgeDays,
        Duration screeningTimeout) {

    public ScreeningProperties {
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
        policies = policies == null ? List.of() : List.copyOf(policies);
        historyDays = historyDays == null ? 30 : historyDays;
        maxItems = maxItems == null ? 5 : maxItems;
        labMaxAgeDays = labMaxAgeDays == null ? 90 : labMaxAgeDays;
        screeningTimeout = screeningTimeout == null ? Duration.ofMillis(500) : screeningTimeout;
    }

    /** District defaults with a different tier → action mapping. */
    public static ScreeningProperties withActions(Map<Tier, Action> actions) {
        return new ScreeningProperties(actions, null, null, null, null, null);
    }

    /** The defaults. */
    public static ScreeningProperties defaults() {
        return withActions(null);
    }

    /** The district-wide action of a tier. */
    public Action actionFor(Tier tier) {
        return actions.get(tier);
    }

    /**
     * The tier → action mapping that applies to one prescription (issue 3: configurable per medical community,
     * institution type and setting).
     */
    public Map<Tier, Action> actionsFor(
            @Nullable String medicalCommunityCode, @Nullable UnitType institutionType, Setting setting) {
        EnumMap<Tier, Action> result = new EnumMap<>(actions);
        policies.stream()
                .filter(p -> p.matches(medicalCommunityCode, institutionType, setting))
                // stable sort: equally specific policies keep their order, so the later one is applied last
                .sorted(Comparator.comparingInt(ActionPolicy::specificity))
                .forEach(p -> result.putAll(p.actions()));
        return result;
    }

    /**
     * One override of the tier → action mapping; a {@code null} field matches everything.
     *
     * @param medicalCommunity code of the medical community (e.g. {@code MC01})
     * @param institutionType type of the issuing institution
     * @param setting outpatient, emergency or inpatient
     * @param actions the tiers it changes
     */
    public record ActionPolicy(
            @Nullable String medicalCommunity,
            @Nullable UnitType institutionType,
            @Nullable Setting setting,
            Map<Tier, Action> actions) {

        public ActionPolicy {
            actions = actions == null ? Map.of() : Map.copyOf(actions);
        }

        boolean matches(@Nullable String mc, @Nullable UnitType type, Setting s) {
            return (medicalCommunity == null || medicalCommunity.equals(mc))
                    && (institutionType == null || institutionType == type)
                    && (setting == null || setting == s);
        }

        int specificity() {
            return (medicalCommunity == null ? 0 : 1) + (institutionType == null ? 0 : 1) + (setting == null ? 0 : 1);
        }
    }
}
