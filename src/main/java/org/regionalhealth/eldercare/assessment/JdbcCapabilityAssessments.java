package org.regionalhealth.eldercare.assessment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regionalhealth.eldercare.AbilityDomain;
import org.regionalhealth.eldercare.AbilityItem;
import org.regionalhealth.eldercare.Assessment;
import org.regionalhealth.eldercare.AssessmentReason;
import org.regionalhealth.eldercare.CapabilityAssessed;
import org.regionalhealth.eldercare.CapabilityAssessments;
import org.regionalhealth.eldercare.CapabilityGrade;
import org.regionalhealth.eldercare.CapabilityScoring;
import org.regionalhealth.eldercare.ElderCareProperties;
import org.regionalhealth.eldercare.NewAssessment;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assessments in PostgreSQL. */
@Service
class JdbcCapabilityAssessments implements CapabilityAssessments {

    private final JdbcClient jdbc;
    private final ResidentIndex residents;
    private final ElderCareProperties properties;
    private final Labels labels;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcCapabilityAssessments(
            JdbcClient jdbc,
            ResidentIndex residents,
            ElderCareProperties properties,
            Labels labels,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.properties = properties;
        this.labels = labels;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Assessment record(NewAssessment a, CurrentUser user) {
        var resident = residents
                .find(a.residentId(), user, "老年人能力评估")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        var today = LocalDate.now(clock);
        var errors = new LinkedHashMap<String, String>();
        CapabilityScoring.problems(a.scores())
                .forEach((item, problem) -> errors.put(item.name(), labels.of(item) + "：" + problem));
        if (a.reason() == null) {
            errors.put("reason", "请选择评估原因");
        }
        if (a.careRiskEvents() < 0 || a.careRiskEvents() > 30) {
            errors.put("careRiskEvents", "照护风险事件次数应在 0 到 30 之间");
        }
        if (resident.ageOn(today) < properties.minimumAge()) {
            errors.put("residentId", "老年人能力评估适用于" + properties.minimumAge() + "周岁及以上老年人");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "ELDERCARE_ASSESSMENT_INVALID",
                    "评估表有 " + errors.size() + " 处需要补充或修改",
                    errors);
        }
        var result = CapabilityScoring.score(
                a.scores(),
                new CapabilityScoring.Adjustments(a.coma(), a.mentalDisorder(), a.careRiskEvents()),
                properties.stackAdjustments());
        var scores = Arrays.stream(AbilityItem.values()).map(a.scores()::get).toArray(Integer[]::new);
        long id = jdbc.sql(
                        """
                        insert into eldercare_assessment (resident_id, unit_path, assessed_on, reason, scores, total,
                            self_care, mobility, mental, perception_social, coma, mental_disorder, care_risk_events,
                            preliminary_grade, grade, adjustments, assessor, recorded_at)
                        values (:resident, :path, :on, :reason, :scores, :total, :selfCare, :mobility, :mental,
                            :perception, :coma, :mentalDisorder, :events, :preliminary, :grade, :adjustments,
                            :assessor, :at)
                        returning id""")
                .param("resident", a.residentId())
                .param("path", resident.unitPath())
                .param("on", today)
                .param("reason", a.reason().name())
                .param("scores", scores)
                .param("total", result.total())
                .param("selfCare", result.domainTotals().get(AbilityDomain.SELF_CARE))
                .param("mobility", result.domainTotals().get(AbilityDomain.MOBILITY))
                .param("mental", result.domainTotals().get(AbilityDomain.MENTAL))
                .param("perception", result.domainTotals().get(AbilityDomain.PERCEPTION_SOCIAL))
                .param("coma", a.coma())
                .param("mentalDisorder", a.mentalDisorder())
                .param("events", a.careRiskEvents())
                .param("preliminary", result.preliminary().name())
                .param("grade", result.grade().name())
                .param("adjustments", String.join("；", result.adjustments()))
                .param("assessor", user.username())
                .param("at", Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        audit.record(AuditLog.Action.CREATE, "eldercare_assessment", List.of(id), "老年人能力评估");
        events.publishEvent(
                new CapabilityAssessed(id, a.residentId(), today, result.total(), result.grade(), a.reason()));
        return load(id).orElseThrow();
    }

    @Override
    public Optional<Assessment> find(long id, CurrentUser user) {
        var found = jdbc.sql("select * from eldercare_assessment where id = ? and unit_path like ?")
                .params(id, user.scope().likePattern())
                .query(JdbcCapabilityAssessments::assessment)
                .optional()
                .filter(a ->
                        user.scope().residentId().map(r -> r == a.residentId()).orElse(true));
        found.ifPresent(a -> audit.record(AuditLog.Action.READ, "eldercare_assessment", List.of(a.id()), "查看老年人能力评估"));
        return found;
    }

    @Override
    public List<Assessment> ofResident(long residentId, CurrentUser user) {
        if (user.scope().residentId().map(r -> r != residentId).orElse(false)) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from eldercare_assessment where resident_id = ? and unit_path like ? order by assessed_on desc, id desc limit 10")
                .params(residentId, user.scope().likePattern())
                .query(JdbcCapabilityAssessments::assessment)
                .list();
    }

    @Override
    public List<Assessment> latest(CurrentUser user, int limit) {
        if (user.scope().isResidentOnly()) {
            return List.of();
        }
        var list = jdbc.sql("select * from eldercare_assessment where unit_path like ? order by id desc limit ?")
                .params(user.scope().likePattern(), Math.min(Math.max(limit, 1), 200))
                .query(JdbcCapabilityAssessments::assessment)
                .list();
        if (!list.isEmpty()) {
            audit.record(
                    AuditLog.Action.SEARCH,
                    "eldercare_assessment",
                    list.stream().map(Assessment::id).toList(),
                    "近期老年人能力评估");
        }
        return list;
    }

    @Override
    public java.util.Set<Long> assessedSince(LocalDate day, CurrentUser user) {
        if (user.scope().isResidentOnly()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql(
                        "select distinct resident_id from eldercare_assessment where unit_path like ? and assessed_on >= ?")
                .params(user.scope().likePattern(), day)
                .query(Long.class)
                .list());
    }

    @Override
    public Map<Long, Assessment> latestOf(java.util.Collection<Long> residentIds, CurrentUser user) {
        if (residentIds.isEmpty() || user.scope().isResidentOnly()) {
            return Map.of();
        }
        var map = new java.util.HashMap<Long, Assessment>();
        jdbc.sql(
                        """
                        select distinct on (resident_id) * from eldercare_assessment
                         where resident_id = any(?) and unit_path like ? order by resident_id, assessed_on desc, id desc""")
                .params(residentIds.toArray(Long[]::new), user.scope().likePattern())
                .query(JdbcCapabilityAssessments::assessment)
                .list()
                .forEach(a -> map.put(a.residentId(), a));
        if (!map.isEmpty()) {
            audit.record(
                    AuditLog.Action.SEARCH,
                    "eldercare_assessment",
                    map.values().stream().map(Assessment::id).toList(),
                    "老年人健康管理工作清单");
        }
        return map;
    }

    private Optional<Assessment> load(long id) {
        return jdbc.sql("select * from eldercare_assessment where id = ?")
                .param(id)
                .query(JdbcCapabilityAssessments::assessment)
                .optional();
    }

    private static Assessment assessment(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray("scores");
        Object[] values = (Object[]) array.getArray();
        var scores = new EnumMap<AbilityItem, Integer>(AbilityItem.class);
        for (var item : AbilityItem.values()) {
            scores.put(item, ((Number) values[item.ordinal()]).intValue());
        }
        var domains = new EnumMap<AbilityDomain, Integer>(AbilityDomain.class);
        domains.put(AbilityDomain.SELF_CARE, rs.getInt("self_care"));
        domains.put(AbilityDomain.MOBILITY, rs.getInt("mobility"));
        domains.put(AbilityDomain.MENTAL, rs.getInt("mental"));
        domains.put(AbilityDomain.PERCEPTION_SOCIAL, rs.getInt("perception_social"));
        String adjustments = rs.getString("adjustments");
        return new Assessment(
                rs.getLong("id"),
                rs.getLong("resident_id"),
                rs.getObject("assessed_on", LocalDate.class),
                AssessmentReason.valueOf(rs.getString("reason")),
                Map.copyOf(scores),
                rs.getInt("total"),
                Map.copyOf(domains),
                CapabilityGrade.valueOf(rs.getString("preliminary_grade")),
                CapabilityGrade.valueOf(rs.getString("grade")),
                adjustments.isEmpty() ? List.of() : List.of(adjustments.split("；")),
                rs.getString("assessor"));
    }
}
