package org.regionalhealth.reviewcenter.replay;

import java.util.EnumMap;
import java.util.Map;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Tier;

/**
 * A candidate tier → action mapping: the tiers it changes, laid over whatever mapping applies to a prescription today
 * (district default, medical-community, institution-type and setting policies). Empty: the mapping stays.
 */
public record CandidatePolicy(Map<Tier, Action> changes) {

    public CandidatePolicy {
        changes = changes == null ? Map.of() : Map.copyOf(changes);
    }

    public static CandidatePolicy none() {
        return new CandidatePolicy(Map.of());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    Map<Tier, Action> over(Map<Tier, Action> live) {
        EnumMap<Tier, Action> result = new EnumMap<>(Tier.class);
        result.putAll(live);
        result.putAll(changes);
        return result;
    }
}
