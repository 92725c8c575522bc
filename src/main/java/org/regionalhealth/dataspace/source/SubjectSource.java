package org.regionalhealth.dataspace.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.dataspace.catalogue.Cohort;
import org.regionalhealth.dataspace.catalogue.FieldKind;
import org.regionalhealth.dataspace.privacy.Column;
import org.regionalhealth.dataspace.privacy.Microdata;
import org.regionalhealth.platform.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The synthetic person-level source behind the releasable products (table {@code dataspace_subject}, owned by this
 * module). It reads only the fields asked for, and never a direct identifier: there is no query here that could
 * return a name, an ID number, a phone number or a full address to anybody.
 */
@Repository
public class SubjectSource {

    private final JdbcClient jdbc;
    private final Labels labels;

    SubjectSource(JdbcClient jdbc, Labels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    public long count() {
        return jdbc.sql("select count(*) from dataspace_subject")
                .query(Long.class)
                .single();
    }

    /** Writes synthetic rows (the demo seeder), 500 to a statement. */
    public void write(List<Subject> subjects) {
        for (int from = 0; from < subjects.size(); from += 500) {
            var chunk = subjects.subList(from, Math.min(subjects.size(), from + 500));
            var sql = new StringBuilder(
                    """
                    insert into dataspace_subject (id_number, name, phone, address, birth_date, sex, town_code,
                        town_name, visit_date, diagnosis, sbp, dbp, fasting_glucose, hba1c, bmi, consent) values """);
            var params = new ArrayList<Object>(chunk.size() * 16);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                var s = chunk.get(i);
                params.addAll(List.of(
                        s.idNumber(),
                        s.name(),
                        s.phone(),
                        s.address(),
                        s.birthDate(),
                        String.valueOf(s.sex()),
                        s.townCode(),
                        s.townName(),
                        s.visitDate(),
                        s.diagnosis(),
                        s.sbp(),
                        s.dbp(),
                        s.fastingGlucose(),
                        s.hba1c(),
                        s.bmi(),
                        s.consent().name()));
            }
            jdbc.sql(sql.toString()).params(params.toArray()).update();
        }
    }

    /**
     * The rows of a cohort with visits in a period, the asked fields only.
     *
     * @param personLevel true for a file release (consented rows only), false for aggregates (all but withdrawn)
     * @throws IllegalArgumentException for a direct identifier or a field the source does not hold
     */
    public Microdata read(Cohort cohort, List<FieldKind> fields, LocalDate from, LocalDate to, boolean personLevel) {
        var select = new ArrayList<String>();
        var columns = new ArrayList<Column>();
        for (var field : fields) {
            if (field.direct() || field.source() == null) {
                throw new IllegalArgumentException("not readable from the source: " + field);
            }
            select.add(
                    switch (field) {
                        case AGE -> "extract(year from age(visit_date, birth_date))::int::text";
                        case SEX -> "case sex when '1' then '男' else '女' end";
                        case TOWN -> "town_name";
                        default -> field.source() + "::text";
                    });
            columns.add(new Column(field.name(), labels.zh(field), field.role(), field.hierarchy()));
        }
        String cohortFilter =
                switch (cohort) {
                    case ALL -> "true";
                    case HYPERTENSION -> "diagnosis in ('高血压', '高血压合并糖尿病')";
                    case DIABETES -> "diagnosis in ('2型糖尿病', '高血压合并糖尿病')";
                    case AGED_65 -> "visit_date >= birth_date + interval '65 years'";
                };
        String consentFilter = personLevel ? "consent = 'GRANTED'" : "consent <> 'WITHDRAWN'";
        int width = select.size();
        var rows = jdbc.sql("select " + String.join(", ", select) + " from dataspace_subject where " + cohortFilter
                        + " and " + consentFilter + " and visit_date between ? and ? order by id")
                .params(from, to)
                .query((rs, n) -> {
                    var row = new String[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    return row;
                })
                .list();
        return new Microdata(List.copyOf(columns), rows);
    }
}
