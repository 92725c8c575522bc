package org.regionalhealth.familydoctor.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The patients behind an indicator: those counted in the numerator ({@code met}) or in the denominator but not the
 * numerator ({@code gap}, the list a doctor works through). Names are masked, the listing is audited as a search.
 */
@Component
public class DrillDown {

    /** One resident behind a number. */
    public record Patient(long residentId, String maskedName, String sex, int age, String unitPath, boolean met) {}

    private static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    private final Clock clock;

    DrillDown(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Patient> patients(Unit unit, Period period, String indicator, boolean met, Long teamId) {
        String base;
        String flag;
        if (indicator.startsWith("HTN_") || indicator.startsWith("DM_")) {
            base = PatientMeasures.SQL;
            flag = indicator.endsWith("_CONTROL") ? "controlled" : "standard";
        } else if (indicator.equals("KEY_GROUP_COVERAGE") || indicator.startsWith("KG_")) {
            base = PatientMeasures.KEY_GROUP_SQL;
            flag = "signed";
        } else {
            throw PlatformException.invalidField("DRILL_NOT_AVAILABLE", "indicator", "该指标暂不支持下钻到患者");
        }
        String sql = "select distinct on (m.resident_id) m.resident_id, p.name, p.sex, p.birth_date, p.unit_path, m."
                + flag
                + " as met from (" + base + ") m join familydoctor_person p on p.resident_id = m.resident_id where m."
                + flag + " = :met"
                + (indicator.startsWith("KG_") ? " and m.key_group = :group" : "")
                + (teamId != null && base == PatientMeasures.SQL ? " and m.team_id = :team" : "")
                + " order by m.resident_id limit " + LIMIT;
        var spec = jdbc.sql(sql)
                .param("from", period.from())
                .param("to", period.to())
                .param("scope", unit.path() + "%")
                .param("met", met);
        if (base == PatientMeasures.SQL) {
            spec = spec.param("zone", clock.getZone().getId());
            spec = spec.param("disease", indicator.startsWith("HTN_") ? "HYPERTENSION" : "DIABETES_T2");
        }
        if (indicator.startsWith("KG_")) {
            spec = spec.param("group", indicator.substring(3));
        }
        if (teamId != null && base == PatientMeasures.SQL) {
            spec = spec.param("team", teamId);
        }
        LocalDate today = LocalDate.now(clock);
        var rows = spec.query((rs, n) -> new Patient(
                        rs.getLong("resident_id"),
                        Masking.name(rs.getString("name")),
                        rs.getString("sex").equals("1") ? "男" : "女",
                        java.time.Period.between(rs.getObject("birth_date", LocalDate.class), today)
                                .getYears(),
                        rs.getString("unit_path"),
                        rs.getBoolean("met")))
                .list();
        audit.record(
                AuditLog.Action.SEARCH,
                "resident",
                rows.stream().map(Patient::residentId).toList(),
                "familydoctor indicator drill-down " + indicator + " " + period.key() + " unit " + unit.id());
        return rows;
    }
}
