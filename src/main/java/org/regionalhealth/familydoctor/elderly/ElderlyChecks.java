package org.regionalhealth.familydoctor.elderly;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.regionalhealth.familydoctor.chronic.SelfCareAssessment;
import org.regionalhealth.familydoctor.people.People;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.populationscreening.CopdScreeningQuestionnaire;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual check of residents 65 and older with its self-care score (老年人健康管理服务规范, research §2.3) and the
 * COPD-SQ screening that sends high scorers to spirometry. Both count as a delivered HEALTH_ASSESSMENT on the
 * resident's contract (履约).
 */
@Component
public class ElderlyChecks {

    /** A stored check and its grade. */
    public record Result(long id, int total, String level, String levelZh) {}

    /** A stored screening and whether it refers to spirometry. */
    public record Screening(long id, int score, boolean spirometryReferral) {}

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;

    private final Clock clock;

    ElderlyChecks(JdbcClient jdbc, People people, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
    }

    @Transactional
    public Result record(long residentId, Map<SelfCareAssessment.Item, Integer> scores, CurrentUser user) {
        var person = people.enrol(residentId, user, "familydoctor elderly annual check");
        LocalDate today = LocalDate.now(clock);
        if (person.ageOn(today) < 65) {
            throw PlatformException.invalidField("AGE_UNDER_65", "residentId", "老年人健康管理服务对象为65岁及以上常住居民");
        }
        int total;
        try {
            total = SelfCareAssessment.total(scores);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalidField("SELF_CARE_SCORES", "scores", "自理能力评分不符合评估表：" + e.getMessage());
        }
        var level = SelfCareAssessment.level(total);
        long id = jdbc.sql(
                        """
                        insert into familydoctor_elderly_check (resident_id, unit_path, check_date, self_care_total,
                            self_care_level, recorded_by) values (?, ?, ?, ?, ?, ?) returning id""")
                .params(residentId, person.unitPath(), today, total, level.name(), user.username())
                .query(Long.class)
                .single();
        delivered(residentId, today, user);
        audit.record(AuditLog.Action.CREATE, "familydoctor_elderly_check", List.of(id), "elderly annual check");
        return new Result(id, total, level.name(), level.labelZh());
    }

    @Transactional
    public Screening screenCopd(long residentId, CopdScreeningQuestionnaire.Answers answers, CurrentUser user) {
        var person = people.enrol(residentId, user, "familydoctor COPD screening");
        int score;
        try {
            score = CopdScreeningQuestionnaire.score(answers);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalidField("COPD_SQ_ANSWERS", "answers", e.getMessage());
        }
        boolean refer = CopdScreeningQuestionnaire.needsSpirometry(score);
        long id = jdbc.sql(
                        """
                        insert into familydoctor_copd_screening (resident_id, unit_path, screened_on, score,
                            spirometry_referral, recorded_by) values (?, ?, ?, ?, ?, ?) returning id""")
                .params(residentId, person.unitPath(), LocalDate.now(clock), score, refer, user.username())
                .query(Long.class)
                .single();
        audit.record(AuditLog.Action.CREATE, "familydoctor_copd_screening", List.of(id), "COPD-SQ");
        return new Screening(id, score, refer);
    }

    private void delivered(long residentId, LocalDate day, CurrentUser user) {
        jdbc.sql(
                        """
                        insert into familydoctor_service_delivery (contract_id, service, delivered_on, recorded_by)
                        select id, 'HEALTH_ASSESSMENT', ?, ? from familydoctor_contract
                        where resident_id = ? and status = 'SIGNED' and start_date <= ? and end_date >= ?""")
                .params(day, user.username(), residentId, day, day)
                .update();
    }
}
