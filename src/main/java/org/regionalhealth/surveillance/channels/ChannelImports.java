package org.regionalhealth.surveillance.channels;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.surveillance.schoolcheck.ClassCheck;
import org.regionalhealth.surveillance.schoolcheck.SchoolChecks;
import org.regionalhealth.surveillance.schoolcheck.SchoolStage;
import org.regionalhealth.surveillance.signals.Categories;
import org.regionalhealth.surveillance.signals.RuleEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the channels other than school checks, validating every row first: a batch with a bad row stores nothing
 * (the report lists every bad row with its field), unless the caller asked to import the good rows only. Case reports
 * run the rule table at once; daily counts feed the statistical daily run.
 */
@Service
public class ChannelImports {

    /** Which units may report which channel, and its categories. */
    public record ChannelSpec(String channel, Set<UnitType> unitTypes, Map<String, String> categories) {}

    public static final Map<String, ChannelSpec> COUNT_CHANNELS = Map.of(
            "visits",
            new ChannelSpec(
                    "visits",
                    Set.of(UnitType.HOSPITAL, UnitType.HEALTH_CENTRE, UnitType.STATION),
                    Categories.VISIT_SYNDROMES),
            "pharmacy",
            new ChannelSpec("pharmacy", Set.of(UnitType.PHARMACY), Categories.PHARMACY),
            "lab",
            new ChannelSpec(
                    "lab", Set.of(UnitType.HOSPITAL, UnitType.HEALTH_CENTRE, UnitType.CDC), Categories.PATHOGENS),
            "nursing_home",
            new ChannelSpec("nursing_home", Set.of(UnitType.NURSING_HOME), Categories.VISIT_SYNDROMES));

    public static final Set<String> STATUSES = Set.of("suspected", "clinical", "lab");

    /** At most this many rows per request. */
    public static final int MAX_ROWS = 50_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Organizations organizations;
    private final RuleEngine rules;
    private final AuditLog audit;
    private final SchoolChecks schoolChecks;

    ChannelImports(
            JdbcClient jdbc,
            JdbcTemplate template,
            Organizations organizations,
            RuleEngine rules,
            AuditLog audit,
            SchoolChecks schoolChecks) {
        this.jdbc = jdbc;
        this.template = template;
        this.organizations = organizations;
        this.rules = rules;
        this.audit = audit;
        this.schoolChecks = schoolChecks;
    }

    // ---- daily counts ----

    private record ValidCount(Unit unit, String channel, String category, LocalDate day, int count) {}

    @Transactional
    public ImportReport importCounts(List<DailyCount> rows, CurrentUser user, boolean goodRowsOnly, LocalDate today) {
        return importCounts(rows, user, goodRowsOnly, today, List.of());
    }

    /** As above, with the parse errors of a CSV (they win over the generic message for the same row and field). */
    @Transactional
    public ImportReport importCounts(
            List<DailyCount> rows,
            CurrentUser user,
            boolean goodRowsOnly,
            LocalDate today,
            java.util.Collection<RowError> parseErrors) {
        RowErrors errors = new RowErrors(parseErrors);
        if (rows.size() > MAX_ROWS) {
            errors.add(new RowError(0, "rows", "一次最多 " + MAX_ROWS + " 行，实际 " + rows.size() + " 行"));
            return new ImportReport(rows.size(), 0, errors.list(), false, Set.of());
        }
        Map<String, Optional<Unit>> units = new HashMap<>();
        List<ValidCount> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DailyCount r = rows.get(i);
            int row = i + 1;
            int before = errors.size();
            boolean parseError = errors.hasRow(row);
            ChannelSpec spec =
                    r.channel() == null ? null : COUNT_CHANNELS.get(r.channel().trim());
            if (spec == null) {
                errors.add(new RowError(row, "channel", "通道应为 " + COUNT_CHANNELS.keySet()));
            }
            Unit unit = null;
            if (r.unitCode() == null || r.unitCode().isBlank()) {
                errors.add(new RowError(row, "unitCode", "缺少机构代码"));
            } else {
                unit = units.computeIfAbsent(r.unitCode().trim(), organizations::findByCode)
                        .orElse(null);
                if (unit == null) {
                    errors.add(new RowError(row, "unitCode", "机构代码不存在：" + r.unitCode()));
                } else if (!user.scope().covers(unit.path())) {
                    errors.add(new RowError(row, "unitCode", "无权为该机构报送：" + unit.name()));
                } else if (spec != null && !spec.unitTypes().contains(unit.type())) {
                    errors.add(new RowError(
                            row, "unitCode", unit.name() + "（" + unit.type().labelZh() + "）不能报送该通道"));
                }
            }
            if (spec != null
                    && (r.category() == null
                            || !spec.categories().containsKey(r.category().trim()))) {
                errors.add(new RowError(
                        row, "category", "类别应为 " + spec.categories().keySet()));
            }
            dayErrors(r.day(), "day", row, today, errors);
            if (r.count() == null || r.count() < 0 || r.count() > 1_000_000) {
                errors.add(new RowError(row, "count", "计数应为 0–1000000 的整数"));
            }
            if (errors.size() == before && !parseError) {
                valid.add(new ValidCount(unit, spec.channel(), r.category().trim(), r.day(), r.count()));
            }
        }
        if (!errors.isEmpty() && !goodRowsOnly) {
            return new ImportReport(rows.size(), 0, errors.list(), false, Set.of());
        }
        template.batchUpdate(
                """
                insert into surveillance_daily_count (channel, unit_id, unit_path, town_code, category, day, count)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (channel, unit_id, category, day) do update set count = excluded.count""",
                valid,
                1000,
                (ps, v) -> {
                    ps.setString(1, v.channel());
                    ps.setLong(2, v.unit().id());
                    ps.setString(3, v.unit().path());
                    ps.setString(4, town(v.unit().divisionCode()));
                    ps.setString(5, v.category());
                    ps.setDate(6, Date.valueOf(v.day()));
                    ps.setInt(7, v.count());
                });
        return new ImportReport(rows.size(), valid.size(), errors.list(), goodRowsOnly, Set.of());
    }

    // ---- school checks (CSV) ----

    /**
     * School checks in a batch, all validated before any is stored (each row exactly as the nurse's page and API
     * validate it); the rules run as each stored check arrives.
     */
    @Transactional
    public ImportReport importSchoolChecks(
            List<ClassCheck> rows,
            CurrentUser user,
            boolean goodRowsOnly,
            LocalDate today,
            Instant now,
            java.util.Collection<RowError> parseErrors) {
        RowErrors errors = new RowErrors(parseErrors);
        List<ClassCheck> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            boolean parseError = errors.hasRow(row);
            try {
                schoolChecks.validateFor(rows.get(i), user.unitId(), user.scope(), today);
                if (!parseError) {
                    valid.add(rows.get(i));
                }
            } catch (org.regionalhealth.platform.PlatformException e) {
                if (e.fieldErrors().isEmpty()) {
                    errors.add(new RowError(row, "schoolCode", e.getMessage()));
                } else {
                    e.fieldErrors().forEach((field, message) -> errors.add(new RowError(row, field, message)));
                }
            }
        }
        if (!errors.isEmpty() && !goodRowsOnly) {
            return new ImportReport(rows.size(), 0, errors.list(), false, Set.of());
        }
        Set<Long> signals = new LinkedHashSet<>();
        for (ClassCheck check : valid) {
            signals.addAll(schoolChecks
                    .save(check, user.unitId(), user.scope(), user.username(), today, now)
                    .signals());
        }
        return new ImportReport(rows.size(), valid.size(), errors.list(), goodRowsOnly, signals);
    }

    // ---- case reports ----

    private record ValidCase(CaseReport r, Division address, @Nullable Unit school) {}

    @Transactional
    public ImportReport importCases(
            List<CaseReport> rows, CurrentUser user, boolean goodRowsOnly, LocalDate today, Instant now) {
        return importCases(rows, user, goodRowsOnly, today, now, List.of());
    }

    /** As above, with the parse errors of a CSV. */
    @Transactional
    public ImportReport importCases(
            List<CaseReport> rows,
            CurrentUser user,
            boolean goodRowsOnly,
            LocalDate today,
            Instant now,
            java.util.Collection<RowError> parseErrors) {
        RowErrors errors = new RowErrors(parseErrors);
        if (rows.size() > MAX_ROWS) {
            errors.add(new RowError(0, "rows", "一次最多 " + MAX_ROWS + " 行，实际 " + rows.size() + " 行"));
            return new ImportReport(rows.size(), 0, errors.list(), false, Set.of());
        }
        List<ValidCase> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CaseReport r = rows.get(i);
            int row = i + 1;
            int before = errors.size();
            boolean parseError = errors.hasRow(row);
            if (r.disease() == null
                    || !Categories.DISEASES.containsKey(r.disease().trim())) {
                errors.add(new RowError(row, "disease", "病种代码无效：" + r.disease()));
            }
            if (r.status() == null || !STATUSES.contains(r.status().trim())) {
                errors.add(new RowError(row, "status", "诊断状态应为 suspected / clinical / lab"));
            }
            dayErrors(r.onsetDate(), "onsetDate", row, today, errors);
            dayErrors(r.diagnosisDate(), "diagnosisDate", row, today, errors);
            if (r.onsetDate() != null
                    && r.diagnosisDate() != null
                    && r.diagnosisDate().isBefore(r.onsetDate())) {
                errors.add(new RowError(row, "diagnosisDate", "诊断日期不能早于发病日期"));
            }
            if (r.patientName() == null
                    || r.patientName().isBlank()
                    || r.patientName().length() > 60) {
                errors.add(new RowError(row, "patientName", "请填写患者姓名"));
            }
            Division address = null;
            if (r.addressCode() == null
                    || (address = organizations.division(r.addressCode().trim()).orElse(null)) == null
                    || address.level() == Division.Level.DISTRICT) {
                errors.add(new RowError(row, "addressCode", "现住址应为本区的村（社区）或镇街代码"));
                address = null;
            }
            Unit school = null;
            if (r.schoolCode() != null && !r.schoolCode().isBlank()) {
                school = organizations.findByCode(r.schoolCode().trim()).orElse(null);
                if (school == null || school.type() != UnitType.SCHOOL) {
                    errors.add(new RowError(row, "schoolCode", "学校代码不存在：" + r.schoolCode()));
                }
                if (r.className() != null
                        && !r.className().isBlank()
                        && (r.grade() == null || !SchoolStage.valid(r.grade()))) {
                    errors.add(new RowError(row, "grade", "填写班级时年级应为 1–12，幼儿园托班至大班为 21–24"));
                }
            } else if (r.className() != null && !r.className().isBlank()) {
                errors.add(new RowError(row, "schoolCode", "填写班级时须填写学校代码"));
            }
            if (errors.size() == before && !parseError) {
                valid.add(new ValidCase(r, address, school));
            }
        }
        if (!errors.isEmpty() && !goodRowsOnly) {
            return new ImportReport(rows.size(), 0, errors.list(), false, Set.of());
        }
        Unit reporter = organizations.find(user.unitId()).orElseThrow();
        Set<String> categories = new LinkedHashSet<>();
        Set<String> towns = new LinkedHashSet<>();
        LocalDate from = today;
        Set<String> persons = new java.util.HashSet<>();
        List<Long> ids = new ArrayList<>();
        for (ValidCase v : valid) {
            CaseReport r = v.r();
            String klass = r.className() == null || r.className().isBlank()
                    ? null
                    : r.className().trim();
            long id = jdbc.sql(
                            """
                            insert into surveillance_case_report (reporting_unit, unit_path, disease, status, onset_date,
                                diagnosis_date, patient_name, address_code, school_id, class_name, reported_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            reporter.id(),
                            reporter.path(),
                            r.disease().trim(),
                            r.status().trim(),
                            r.onsetDate(),
                            r.diagnosisDate(),
                            r.patientName().trim(),
                            v.address().code(),
                            v.school() == null ? null : v.school().id(),
                            klass,
                            user.username())
                    .query(Long.class)
                    .single();
            ids.add(id);
            String town = v.address().townCode();
            String classKey =
                    v.school() == null || klass == null ? null : v.school().id() + "/" + r.grade() + "/" + klass;
            String classLabel =
                    classKey == null ? null : v.school().name() + " " + SchoolStage.label(r.grade()) + klass;
            String person = "case:" + r.patientName().trim() + ":" + v.address().code()
                    + (v.school() == null ? "" : ":" + v.school().id());
            persons.add(person);
            jdbc.sql(
                            """
                            insert into surveillance_case_event (channel, source_id, person_key, person_name, category,
                                status, event_date, class_key, class_label, school_id, village_code, town_code, unit_path)
                            values ('case_report', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            person,
                            r.patientName().trim(),
                            r.disease().trim(),
                            r.status().trim(),
                            r.onsetDate(),
                            classKey,
                            classLabel,
                            v.school() == null ? null : v.school().id(),
                            v.address().level() == Division.Level.VILLAGE
                                    ? v.address().code()
                                    : null,
                            // a pupil's cluster is the school's town; otherwise where the patient lives
                            v.school() == null ? town : town(v.school().divisionCode()),
                            v.school() == null ? reporter.path() : v.school().path())
                    .update();
            categories.add(r.disease().trim());
            towns.add(v.school() == null ? town : town(v.school().divisionCode()));
            if (r.onsetDate().isBefore(from)) {
                from = r.onsetDate();
            }
        }
        if (!ids.isEmpty()) {
            audit.record(AuditLog.Action.CREATE, "surveillance-case-report", ids, "case reports import");
        }
        Set<Long> signals = rules.evaluate(categories, towns, persons, from, today, now, false);
        return new ImportReport(rows.size(), valid.size(), errors.list(), goodRowsOnly, signals);
    }

    /** Row errors, one per row and field; a parse error given up front wins over a later generic message. */
    static final class RowErrors {
        private final Map<String, RowError> byKey = new java.util.LinkedHashMap<>();
        private final Set<Integer> rows = new java.util.HashSet<>();

        RowErrors(java.util.Collection<RowError> initial) {
            initial.forEach(this::add);
        }

        void add(RowError e) {
            byKey.putIfAbsent(e.row() + ":" + e.field(), e);
            rows.add(e.row());
        }

        boolean isEmpty() {
            return byKey.isEmpty();
        }

        int size() {
            return byKey.size();
        }

        boolean hasRow(int row) {
            return rows.contains(row);
        }

        List<RowError> list() {
            List<RowError> out = new ArrayList<>(byKey.values());
            out.sort(java.util.Comparator.comparingInt(RowError::row));
            return out;
        }
    }

    private static void dayErrors(@Nullable LocalDate day, String field, int row, LocalDate today, RowErrors errors) {
        if (day == null) {
            errors.add(new RowError(row, field, "缺少日期"));
        } else if (day.isAfter(today)) {
            errors.add(new RowError(row, field, "日期不能晚于今天"));
        } else if (day.isBefore(today.minusYears(5))) {
            errors.add(new RowError(row, field, "日期早于五年前"));
        }
    }

    static String town(String divisionCode) {
        return divisionCode.length() >= 9 ? divisionCode.substring(0, 9) : divisionCode;
    }
}
