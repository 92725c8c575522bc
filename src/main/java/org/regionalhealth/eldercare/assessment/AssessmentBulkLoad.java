package org.regionalhealth.eldercare.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.regionalhealth.eldercare.AbilityDomain;
import org.regionalhealth.eldercare.AbilityItem;
import org.regionalhealth.eldercare.AssessmentReason;
import org.regionalhealth.eldercare.CapabilityScoring;
import org.regionalhealth.eldercare.ElderCareProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many capability assessments at once for the demo district (the review's ~50,000), scored by the same
 * {@link CapabilityScoring} as {@code record}: the rows were generated complete and valid, so no per-row resident
 * lookup, audit or event (a load is not a person's access and no module listens yet).
 */
@Component
public class AssessmentBulkLoad {

    /** One generated assessment. */
    public record Row(
            long residentId,
            String unitPath,
            LocalDate assessedOn,
            AssessmentReason reason,
            Map<AbilityItem, Integer> scores,
            boolean mentalDisorder,
            int careRiskEvents) {}

    private final JdbcTemplate jdbc;
    private final ElderCareProperties properties;
    private final Clock clock;

    AssessmentBulkLoad(JdbcTemplate jdbc, ElderCareProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes the rows in one transaction; returns how many. */
    @Transactional
    public int load(List<Row> rows, String assessor) {
        var at = Timestamp.from(Instant.now(clock));
        jdbc.batchUpdate(
                """
                insert into eldercare_assessment (resident_id, unit_path, assessed_on, reason, scores, total, self_care,
                    mobility, mental, perception_social, coma, mental_disorder, care_risk_events, preliminary_grade, grade,
                    adjustments, assessor, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?)""",
                rows,
                1000,
                (ps, row) -> {
                    var result = CapabilityScoring.score(
                            row.scores(),
                            new CapabilityScoring.Adjustments(false, row.mentalDisorder(), row.careRiskEvents()),
                            properties.stackAdjustments());
                    var scores = Arrays.stream(AbilityItem.values())
                            .map(row.scores()::get)
                            .toArray(Integer[]::new);
                    ps.setLong(1, row.residentId());
                    ps.setString(2, row.unitPath());
                    ps.setObject(3, row.assessedOn());
                    ps.setString(4, row.reason().name());
                    ps.setArray(5, ps.getConnection().createArrayOf("smallint", scores));
                    ps.setInt(6, result.total());
                    ps.setInt(7, result.domainTotals().get(AbilityDomain.SELF_CARE));
                    ps.setInt(8, result.domainTotals().get(AbilityDomain.MOBILITY));
                    ps.setInt(9, result.domainTotals().get(AbilityDomain.MENTAL));
                    ps.setInt(10, result.domainTotals().get(AbilityDomain.PERCEPTION_SOCIAL));
                    ps.setBoolean(11, row.mentalDisorder());
                    ps.setInt(12, row.careRiskEvents());
                    ps.setString(13, result.preliminary().name());
                    ps.setString(14, result.grade().name());
                    ps.setString(15, String.join("；", result.adjustments()));
                    ps.setString(16, assessor);
                    ps.setTimestamp(17, at);
                });
        return rows.size();
    }

    /** Assessments stored (for the seeder's idempotency). */
    public long count() {
        Long n = jdbc.queryForObject("select count(*) from eldercare_assessment", Long.class);
        return n == null ? 0 : n;
    }
}
