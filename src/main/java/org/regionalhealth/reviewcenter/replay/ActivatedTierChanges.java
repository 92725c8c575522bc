package org.regionalhealth.reviewcenter.replay;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.TierActionChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tier → action changes an authorised user activated after replaying them (issue 4 §5: "activation is a recorded
 * decision"). They are laid over whatever mapping the configuration gives a prescription (district default, medical
 * community, institution type, setting), exactly as the replay compared them, so what was replayed is what goes live.
 * The cumulative changes are stored with each activation ({@code prescriptionreview_activation.tier_changes}); the
 * latest row is the live one, so a restart keeps them and undoing a change is another replayed, recorded activation.
 */
@Component
public class ActivatedTierChanges implements TierActionChanges {

    private static final TypeReference<Map<Tier, Action>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private volatile @Nullable Map<Tier, Action> changes;

    ActivatedTierChanges(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The live changes: empty until a tier → action candidate was activated. */
    @Override
    public Map<Tier, Action> current() {
        Map<Tier, Action> loaded = changes;
        if (loaded == null) {
            // loaded on first use rather than at construction: the demo generator screens during start-up, after
            // the migrations but before any ready event
            String stored = jdbc.sql(
                            """
                            select tier_changes::text from prescriptionreview_activation
                             where tier_changes is not null order by id desc limit 1""")
                    .query(String.class)
                    .optional()
                    .orElse(null);
            loaded = stored == null ? Map.of() : Map.copyOf(json.readValue(stored, CHANGES));
            changes = loaded;
        }
        return loaded;
    }

    /**
     * The cumulative changes after activating {@code candidate}, as they must be stored with the activation; they go
     * live when the activation's transaction commits (at once without a transaction).
     */
    public Map<Tier, Action> activate(Map<Tier, Action> candidate) {
        EnumMap<Tier, Action> next = new EnumMap<>(Tier.class);
        next.putAll(current());
        next.putAll(candidate);
        Map<Tier, Action> result = Map.copyOf(next);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changes = result;
                }
            });
        } else {
            changes = result;
        }
        return result;
    }
}
