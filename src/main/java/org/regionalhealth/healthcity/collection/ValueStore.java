package org.regionalhealth.healthcity.collection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.healthcity.IndicatorValue;
import org.regionalhealth.healthcity.Origin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The values the evaluation uses ({@code healthcity_value}): one per indicator, year and town. */
@Component
public class ValueStore {

    private final JdbcClient jdbc;

    ValueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes (or replaces) the value of an indicator for a town and year. */
    public void put(
            long indicatorId,
            String code,
            int year,
            String townCode,
            BigDecimal value,
            @Nullable BigDecimal numerator,
            @Nullable BigDecimal denominator,
            Origin origin,
            @Nullable Long submissionId,
            @Nullable String note,
            Instant at) {
        jdbc.sql(
                        """
                        insert into healthcity_value (indicator_id, code, year, town_code, value, numerator,
                          denominator, origin, submission_id, note, recorded_at)
                        values (:indicatorId, :code, :year, :town, :value, :numerator, :denominator, :origin,
                          :submissionId, :note, :at)
                        on conflict (code, year, town_code) do update set indicator_id = excluded.indicator_id,
                          value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
                          origin = excluded.origin, submission_id = excluded.submission_id, note = excluded.note,
                          recorded_at = excluded.recorded_at""")
                .param("indicatorId", indicatorId)
                .param("code", code)
                .param("year", year)
                .param("town", townCode)
                .param("value", value)
                .param("numerator", numerator)
                .param("denominator", denominator)
                .param("origin", origin.name())
                .param("submissionId", submissionId)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .update();
    }

    public List<IndicatorValue> ofYear(int year) {
        return jdbc.sql("select * from healthcity_value where year = ?")
                .param(year)
                .query(ValueStore::map)
                .list();
    }

    public List<IndicatorValue> of(String code, int year) {
        return jdbc.sql("select * from healthcity_value where code = ? and year = ? order by town_code")
                .params(code, year)
                .query(ValueStore::map)
                .list();
    }

    public List<Integer> years() {
        return jdbc.sql("select distinct year from healthcity_value order by year")
                .query(Integer.class)
                .list();
    }

    static IndicatorValue map(ResultSet rs, int n) throws SQLException {
        long submission = rs.getLong("submission_id");
        boolean noSubmission = rs.wasNull();
        return new IndicatorValue(
                rs.getLong("id"),
                rs.getLong("indicator_id"),
                rs.getString("code"),
                rs.getInt("year"),
                rs.getString("town_code"),
                org.regionalhealth.healthcity.Numbers.clean(rs.getBigDecimal("value")),
                org.regionalhealth.healthcity.Numbers.clean(rs.getBigDecimal("numerator")),
                org.regionalhealth.healthcity.Numbers.clean(rs.getBigDecimal("denominator")),
                Origin.valueOf(rs.getString("origin")),
                noSubmission ? null : submission,
                rs.getString("note"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
