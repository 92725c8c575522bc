package org.regionalhealth.reviewcenter.posthoc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.reviewcenter.workbench.ReviewFacts;
import org.regionalhealth.screening.Action;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Post-hoc review (处方点评, issue 4 §6): monthly samples per institution drawn at random with a recorded seed (the
 * same seed draws the same prescriptions, so a sample can be re-checked), graded by pharmacists with the categories
 * of 《医院处方点评管理规范（试行）》, and compared with what the front-end screening found.
 */
@Service
public class PosthocReviews {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    PosthocReviews(JdbcClient jdbc, Organizations organizations, AuditLog audit, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
        this.json = json;
    }

    public record Sample(
            long id,
            long institutionId,
            String institutionName,
            String institutionPath,
            LocalDate month,
            long seed,
            int population,
            int size,
            String createdBy,
            Instant createdAt,
            int graded,
            int rational,
            int screeningFlagged,
            int flaggedAndIrrational,
            int irrational) {

        /** 处方点评合格率: rational ÷ graded (docs/indicators.md). */
        @com.fasterxml.jackson.annotation.JsonProperty("passRate")
        public String passRate() {
            return graded == 0 ? "—" : Math.round(rational * 1000.0 / graded) / 10.0 + "%";
        }
    }

    /** Draws the sample of one institution and month. */
    @Transactional
    public long draw(CurrentUser user, String institutionCode, YearMonth month, @Nullable Long seed) {
        Unit unit = organizations
                .findByCode(institutionCode == null ? "" : institutionCode.trim())
                .filter(u -> user.scope().covers(u.path()))
                .orElseThrow(() -> PlatformException.invalidField(
                        "POSTHOC_INSTITUTION", "institutionCode", "机构不存在或不在权限范围内：" + institutionCode));
        if (month.isAfter(YearMonth.now(clock))) {
            throw PlatformException.invalidField("POSTHOC_MONTH", "month", "不能抽取未来月份的处方");
        }
        boolean exists = jdbc.sql(
                        "select exists(select 1 from prescriptionreview_posthoc_sample where institution_id = ? and month = ?)")
                .params(unit.id(), month.atDay(1))
                .query(Boolean.class)
                .single();
        if (exists) {
            throw PlatformException.conflict("POSTHOC_SAMPLE_EXISTS", "该机构该月份已抽样");
        }
        long usedSeed = seed != null ? seed : unit.id() * 1_000_000L + month.getYear() * 100L + month.getMonthValue();
        List<Long> ambulatory = ids(unit.id(), month, true);
        List<Long> inpatient = ids(unit.id(), month, false);
        SplittableRandom random = new SplittableRandom(usedSeed);
        List<Long> chosen = new ArrayList<>(pick(ambulatory, SampleSize.ambulatory(ambulatory.size()), random));
        chosen.addAll(pick(inpatient, SampleSize.inpatient(inpatient.size()), random));
        long id = jdbc.sql(
                        """
                        insert into prescriptionreview_posthoc_sample
                            (institution_id, institution_path, month, seed, population, size, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        unit.id(),
                        unit.path(),
                        month.atDay(1),
                        usedSeed,
                        ambulatory.size() + inpatient.size(),
                        chosen.size(),
                        user.username())
                .query(Long.class)
                .single();
        for (long p : chosen) {
            jdbc.sql("insert into prescriptionreview_posthoc_item (sample_id, prescription_id, institution_path)"
                            + " values (?, ?, ?)")
                    .params(id, p, unit.path())
                    .update();
        }
        return id;
    }

    private List<Long> ids(long institutionId, YearMonth month, boolean ambulatory) {
        return jdbc.sql(
                        """
                        select id from prescriptionreview_prescription
                         where institution_id = ? and issued_on >= ? and issued_on <= ?
                           and (setting = 'INPATIENT') <> ? order by id""")
                .params(institutionId, month.atDay(1), month.atEndOfMonth(), ambulatory)
                .query(Long.class)
                .list();
    }

    /** The first {@code n} of a seeded partial Fisher–Yates shuffle of the ids (in id order). */
    static List<Long> pick(List<Long> ids, int n, SplittableRandom random) {
        List<Long> a = new ArrayList<>(ids);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(a.size() - i);
            Long t = a.get(i);
            a.set(i, a.get(j));
            a.set(j, t);
        }
        return new ArrayList<>(a.subList(0, n));
    }

    public List<Sample> samples(CurrentUser user) {
        return jdbc.sql(SAMPLE_SQL
                        + " where s.institution_path like ? group by s.id order by s.month desc, s.id desc limit 200")
                .param(FLAGGING)
                .param(FLAGGING)
                .param(user.scope().likePattern())
                .query((rs, n) -> sample(rs))
                .list();
    }

    public Sample sample(long id, CurrentUser user) {
        return jdbc.sql(SAMPLE_SQL + " where s.id = ? group by s.id")
                .param(FLAGGING)
                .param(FLAGGING)
                .param(id)
                .query((rs, n) -> sample(rs))
                .optional()
                .filter(s -> user.scope().covers(s.institutionPath()))
                .orElseThrow(() -> PlatformException.notFound("POSTHOC_SAMPLE_NOT_FOUND", "抽样不存在"));
    }

    /** Findings that flagged a prescription (bound, not written into the SQL: issue 13 item 2). */
    private static final String[] FLAGGING = ReviewFacts.array(ReviewFacts.actions(ReviewFacts.FLAGGING_ACTIONS));

    /** Each sample with its grading counts; binds {@link #FLAGGING} twice before the caller's parameters. */
    private static final String SAMPLE_SQL =
            """
            select s.*,
                   count(i.grade) graded,
                   count(*) filter (where i.grade = 'RATIONAL') rational,
                   count(*) filter (where i.grade is not null and i.grade <> 'RATIONAL') irrational,
                   count(*) filter (where i.grade is not null and exists (
                        select 1 from prescriptionreview_finding f where f.prescription_id = i.prescription_id
                           and f.action = any(?))) flagged,
                   count(*) filter (where i.grade is not null and i.grade <> 'RATIONAL' and exists (
                        select 1 from prescriptionreview_finding f where f.prescription_id = i.prescription_id
                           and f.action = any(?))) flagged_irrational
              from prescriptionreview_posthoc_sample s
              left join prescriptionreview_posthoc_item i on i.sample_id = s.id
            """;

    private Sample sample(java.sql.ResultSet rs) throws java.sql.SQLException {
        long institution = rs.getLong("institution_id");
        return new Sample(
                rs.getLong("id"),
                institution,
                organizations.find(institution).map(Unit::name).orElse(Long.toString(institution)),
                rs.getString("institution_path"),
                rs.getDate("month").toLocalDate(),
                rs.getLong("seed"),
                rs.getInt("population"),
                rs.getInt("size"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("graded"),
                rs.getInt("rational"),
                rs.getInt("flagged"),
                rs.getInt("flagged_irrational"),
                rs.getInt("irrational"));
    }

    /** A screening finding shown beside the grade. */
    public record ScreeningFinding(String ruleId, String tier, String action, String message, boolean closed) {}

    /** One sampled prescription: what was prescribed, what screening found, and the pharmacist's grade. */
    public record Item(
            long prescriptionId,
            String number,
            LocalDate issuedOn,
            String setting,
            @Nullable String department,
            List<String> diagnoses,
            List<String> drugs,
            List<ScreeningFinding> findings,
            @Nullable String grade,
            List<String> items,
            @Nullable String comment,
            @Nullable String gradedBy) {}

    /** The sampled prescriptions with their screening findings (reading them is audited). */
    @Transactional
    public List<Item> items(long sampleId, CurrentUser user) {
        sample(sampleId, user);
        Map<Long, List<ScreeningFinding>> findings = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        select f.prescription_id, f.rule_id, f.tier, f.action, f.message, f.closed_revision
                          from prescriptionreview_finding f
                          join prescriptionreview_posthoc_item i on i.prescription_id = f.prescription_id
                         where i.sample_id = ? and f.action <> ?
                         order by f.prescription_id, f.tier desc, f.rule_id""")
                .param(sampleId)
                .param(Action.PASS.name())
                .query((rs, n) -> findings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ScreeningFinding(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getObject(6) != null)))
                .list();
        List<Item> items = jdbc.sql(
                        """
                        select p.id, p.prescription_number, p.issued_on, p.setting, p.department, p.request::text,
                               i.grade, i.items, i.comment, i.graded_by
                          from prescriptionreview_posthoc_item i
                          join prescriptionreview_prescription p on p.id = i.prescription_id
                         where i.sample_id = ? order by p.issued_on, p.id""")
                .param(sampleId)
                .query((rs, n) -> {
                    JsonNode request = json.readTree(rs.getString(6));
                    List<String> diagnoses = new ArrayList<>();
                    request.path("diagnoses")
                            .forEach(d -> diagnoses.add((d.path("icd10").asString("") + " "
                                            + d.path("text").asString(""))
                                    .trim()));
                    List<String> drugs = new ArrayList<>();
                    request.path("lines").forEach(l -> drugs.add(line(l)));
                    java.sql.Array arr = rs.getArray(8);
                    List<String> codes = arr == null ? List.of() : List.of((String[]) arr.getArray());
                    return new Item(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getDate(3).toLocalDate(),
                            rs.getString(4),
                            rs.getString(5),
                            diagnoses,
                            drugs,
                            findings.getOrDefault(rs.getLong(1), List.of()),
                            rs.getString(7),
                            codes,
                            rs.getString(9),
                            rs.getString(10));
                })
                .list();
        audit.record(
                AuditLog.Action.READ,
                "prescription",
                items.stream().map(Item::prescriptionId).toList(),
                "post-hoc review sample " + sampleId);
        return items;
    }

    private static String line(JsonNode l) {
        String name = l.path("drugName").asString(l.path("drugCode").asString(""));
        String dose = l.hasNonNull("dose")
                ? " " + l.get("dose").asString() + l.path("doseUnit").asString("")
                : "";
        String usage = l.hasNonNull("usage") ? " " + l.get("usage").asString() : "";
        String freq = l.hasNonNull("frequency") ? " " + l.get("frequency").asString() : "";
        String days = l.hasNonNull("days") ? " ×" + l.get("days").asString() + "天" : "";
        return name + dose + usage + freq + days;
    }

    /** Records a pharmacist's grade of one sampled prescription. */
    @Transactional
    public void grade(
            long sampleId,
            long prescriptionId,
            Grade grade,
            List<String> items,
            @Nullable String comment,
            CurrentUser user) {
        sample(sampleId, user);
        List<String> codes = items == null
                ? List.of()
                : items.stream().map(String::trim).distinct().toList();
        if (grade == Grade.RATIONAL && !codes.isEmpty()) {
            throw PlatformException.invalidField("POSTHOC_ITEMS", "items", "合理处方不应选择问题项");
        }
        if (grade != Grade.RATIONAL && codes.isEmpty()) {
            throw PlatformException.invalidField("POSTHOC_ITEMS", "items", "不合理处方须选择至少一项问题（规范第十七至十九条）");
        }
        for (String code : codes) {
            if (Grade.ofItem(code).filter(g -> g == grade).isEmpty()) {
                throw PlatformException.invalidField("POSTHOC_ITEMS", "items", "问题项不属于" + grade.labelZh() + "：" + code);
            }
        }
        if (comment != null && comment.length() > 2000) {
            throw PlatformException.invalidField("POSTHOC_COMMENT", "comment", "点评意见不超过2000字");
        }
        int updated = jdbc.sql(
                        """
                        update prescriptionreview_posthoc_item
                           set grade = ?, items = ?::varchar(8)[], comment = ?, graded_by = ?, graded_at = ?
                         where sample_id = ? and prescription_id = ?""")
                .params(
                        grade.name(),
                        "{" + String.join(",", codes) + "}",
                        comment == null || comment.isBlank() ? null : comment.trim(),
                        user.username(),
                        Timestamp.from(clock.instant()),
                        sampleId,
                        prescriptionId)
                .update();
        if (updated != 1) {
            throw PlatformException.notFound("POSTHOC_ITEM_NOT_FOUND", "该处方不在此次抽样中");
        }
        audit.record(AuditLog.Action.UPDATE, "prescription", List.of(prescriptionId), "post-hoc grade " + grade);
    }

    static Optional<Grade> parse(String grade) {
        try {
            return Optional.of(Grade.valueOf(grade));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
