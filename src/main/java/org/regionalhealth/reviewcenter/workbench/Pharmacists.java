package org.regionalhealth.reviewcenter.workbench;

import java.sql.Array;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pharmacists' review profiles ({@code prescriptionreview_pharmacist}): skills and seniority. An account without a
 * profile is a general pharmacist who takes every skill but no escalated task.
 */
@Component
public class Pharmacists {

    /** A pharmacist's profile. */
    record Profile(String username, Set<Skill> skills, boolean senior) {

        boolean takes(Skill skill) {
            return skill == Skill.GENERAL || skills.contains(skill);
        }
    }

    private final JdbcClient jdbc;

    Pharmacists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Profile of(String username) {
        return jdbc.sql("select skills, senior from prescriptionreview_pharmacist where username = ?")
                .param(username)
                .query((rs, n) -> {
                    Array array = rs.getArray(1);
                    Set<Skill> skills = Arrays.stream((Object[]) array.getArray())
                            .map(o -> Skill.valueOf((String) o))
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Skill.class)));
                    return new Profile(
                            username, skills.isEmpty() ? EnumSet.allOf(Skill.class) : skills, rs.getBoolean(2));
                })
                .optional()
                .orElse(new Profile(username, EnumSet.allOf(Skill.class), false));
    }

    /**
     * A senior pharmacist who takes escalated tasks (every skill), unless the account has a profile already: the demo's
     * {@code senior-pharmacist} (the demo module creates the account).
     */
    public void seniorUnlessProfiled(String username) {
        boolean exists = jdbc.sql("select exists(select 1 from prescriptionreview_pharmacist where username = ?)")
                .param(username)
                .query(Boolean.class)
                .single();
        if (!exists) {
            save(username, EnumSet.noneOf(Skill.class), true);
        }
    }

    void save(String username, Set<Skill> skills, boolean senior) {
        jdbc.sql(
                        """
                        insert into prescriptionreview_pharmacist (username, skills, senior, updated_at)
                        values (?, ?::varchar[], ?, now())
                        on conflict (username) do update set skills = excluded.skills, senior = excluded.senior,
                            updated_at = now()""")
                .params(
                        username,
                        "{" + skills.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}",
                        senior)
                .update();
    }
}
