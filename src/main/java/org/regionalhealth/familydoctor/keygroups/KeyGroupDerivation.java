package org.regionalhealth.familydoctor.keygroups;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Derives key-group membership on a day by running every {@link KeyGroupRules rule}; each member row names the rule
 * and source that placed the resident there (provenance). Rebuilt as a whole: membership is a function of the
 * registries and the day, so there is nothing to merge.
 */
@Component
public class KeyGroupDerivation {

    private final JdbcClient jdbc;

    KeyGroupDerivation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return members derived */
    @Transactional
    public long derive(LocalDate day) {
        jdbc.sql("truncate familydoctor_key_group_member").update();
        long total = 0;
        for (var rule : KeyGroupRules.ALL) {
            total += jdbc.sql("insert into familydoctor_key_group_member (resident_id, key_group, unit_id, unit_path,"
                            + " rule_id, source, effective_from, effective_to)"
                            + " select p.resident_id, :group, p.unit_id, p.unit_path, :rule, :source, m.f, m.t"
                            + " from (" + rule.select() + ") m(resident_id, f, t)"
                            + " join familydoctor_person p on p.resident_id = m.resident_id")
                    .param("day", day)
                    .param("group", rule.group().name())
                    .param("rule", rule.id())
                    .param("source", rule.source())
                    .update();
        }
        return total;
    }
}
