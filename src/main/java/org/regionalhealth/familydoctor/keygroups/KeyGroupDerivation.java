package org.regionalhealth.familydoctor.keygroups;

import java.time.LocalDate;
import java.util.ArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Derives key-group membership on a day by running every {@link KeyGroupRules rule}; each member row names the rule
 * and source that placed the resident there (provenance). Membership is a function of the registries and the day:
 * the rules' result is compared with the stored rows and only the difference is written (from one night to the next
 * a few hundred residents turn 65 or 7, register or leave a list), so the 700,000 unchanged rows and their indexes
 * are not rewritten and readers are never locked out, as they were by the former truncate-and-insert.
 */
@Component
public class KeyGroupDerivation {

    private final JdbcClient jdbc;

    KeyGroupDerivation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return members on the day */
    @Transactional
    public long derive(LocalDate day) {
        var selects = new ArrayList<String>();
        var sources = new ArrayList<String>();
        for (var rule : KeyGroupRules.ALL) {
            // rule ids and sources are constants of KeyGroupRules, group names an enum: no input reaches this SQL
            selects.add("select m.resident_id, '" + rule.group().name() + "'::varchar(20) as key_group, '" + rule.id()
                    + "'::varchar(40) as rule_id, m.f as effective_from, m.t as effective_to from (" + rule.select()
                    + ") m(resident_id, f, t)");
            sources.add("('" + rule.id() + "', '" + rule.source().replace("'", "''") + "')");
        }
        // the source follows from the rule: the staging rows carry the rule id only, not 700,000 copies of its text
        jdbc.sql("drop table if exists familydoctor_key_group_new, familydoctor_key_group_rule")
                .update();
        jdbc.sql(
                        "create temporary table familydoctor_key_group_rule (rule_id varchar(40) primary key, source varchar(200))")
                .update();
        jdbc.sql("insert into familydoctor_key_group_rule values " + String.join(", ", sources))
                .update();
        long members = jdbc.sql("create temporary table familydoctor_key_group_new as"
                        + " select n.resident_id, n.key_group, p.unit_id, p.unit_path, n.rule_id,"
                        + " n.effective_from, n.effective_to from (" + String.join(" union all ", selects) + ") n"
                        + " join familydoctor_person p on p.resident_id = n.resident_id")
                .param("day", day)
                .update();
        jdbc.sql("analyze familydoctor_key_group_new").update();
        jdbc.sql(
                        """
                        delete from familydoctor_key_group_member m where not exists (
                            select 1 from familydoctor_key_group_new n
                            where n.resident_id = m.resident_id and n.key_group = m.key_group)""")
                .update();
        jdbc.sql(
                        """
                        update familydoctor_key_group_member m
                        set unit_id = n.unit_id, unit_path = n.unit_path, rule_id = n.rule_id, source = r.source,
                            effective_from = n.effective_from, effective_to = n.effective_to
                        from familydoctor_key_group_new n join familydoctor_key_group_rule r on r.rule_id = n.rule_id
                        where n.resident_id = m.resident_id and n.key_group = m.key_group
                          and (m.unit_id, m.unit_path, m.rule_id, m.source, m.effective_from, m.effective_to)
                              is distinct from (n.unit_id, n.unit_path, n.rule_id, r.source, n.effective_from, n.effective_to)""")
                .update();
        jdbc.sql(
                        """
                        insert into familydoctor_key_group_member (resident_id, key_group, unit_id, unit_path, rule_id, source,
                            effective_from, effective_to)
                        select n.resident_id, n.key_group, n.unit_id, n.unit_path, n.rule_id, r.source, n.effective_from,
                               n.effective_to
                        from familydoctor_key_group_new n join familydoctor_key_group_rule r on r.rule_id = n.rule_id
                        where not exists (
                            select 1 from familydoctor_key_group_member m
                            where m.resident_id = n.resident_id and m.key_group = n.key_group)""")
                .update();
        jdbc.sql("drop table familydoctor_key_group_new, familydoctor_key_group_rule")
                .update();
        return members;
    }
}
