package org.regionalhealth.screening;

import java.util.EnumMap;
import java.util.Map;

/**
 * Tier → action changes an authorised user activated after replaying them (issue 4 §5), laid over whatever mapping
 * the configuration gives a prescription. Screening stores nothing: the review center records activations and
 * provides this port (docs/adr/0012-screening-and-review-center.md); without it no changes apply.
 */
public interface TierActionChanges {

    /** The live changes: empty until a tier → action candidate was activated. */
    Map<Tier, Action> current();

    /** The mapping that applies with the live changes laid over the configured one. */
    default Map<Tier, Action> over(Map<Tier, Action> configured) {
        Map<Tier, Action> live = current();
        if (live.isEmpty()) {
            return configured;
        }
        EnumMap<Tier, Action> result = new EnumMap<>(Tier.class);
        result.putAll(configured);
        result.putAll(live);
        return result;
    }

    /** No activated changes (unit tests, benchmarks, screening without a review center). */
    static TierActionChanges none() {
        return Map::of;
    }
}
