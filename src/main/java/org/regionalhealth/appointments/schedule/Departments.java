package org.regionalhealth.appointments.schedule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The departments of 《医疗机构诊疗科目名录》 that the district's clinics book (table {@code appointments_department},
 * written by the migration). Read once: the catalogue changes by migration only.
 */
@Component
public class Departments {

    /** 全科医疗科: what a community health centre offers for most adult complaints. */
    public static final String GENERAL_PRACTICE = "02";
    /** 儿科. */
    public static final String PAEDIATRICS = "07";
    /** 急诊医学科. */
    public static final String EMERGENCY = "20";

    private final JdbcClient jdbc;
    private volatile Map<String, String> names;

    Departments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> all() {
        var cached = names;
        if (cached == null) {
            var map = new LinkedHashMap<String, String>();
            jdbc.sql("select code, name from appointments_department order by code")
                    .query((rs, n) -> map.put(rs.getString(1), rs.getString(2)))
                    .list();
            cached = Map.copyOf(map);
            names = cached;
        }
        return cached;
    }

    public String name(String code) {
        return all().getOrDefault(code, code);
    }

    public Optional<String> find(String code) {
        return Optional.ofNullable(all().get(code));
    }
}
