package org.regionalhealth.familydoctor.reminders;

import java.util.List;
import org.regionalhealth.familydoctor.people.People;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reminder messages from the worklist: a fixed text per kind, sent through the {@link SmsPort} and logged. */
@Component
public class Reminders {

    /** The kinds of reminder and their text ({0} = the patient's name, {1} = the station). */
    public enum Kind {
        FOLLOW_UP("【家庭医生】{0}您好，您的慢病随访时间已到，请近期到{1}复诊，或等候医生电话/上门随访。"),
        RECHECK("【家庭医生】{0}您好，您上次随访血压/血糖控制不满意，请在两周内到{1}复查。"),
        REFERRAL("【家庭医生】{0}您好，请告知您转诊就医的结果，{1}家庭医生将电话回访。"),
        RENEWAL("【家庭医生】{0}您好，您的家庭医生签约即将到期，如需续约请联系{1}。");

        private final String template;

        Kind(String template) {
            this.template = template;
        }

        public String text(String name, String station) {
            return java.text.MessageFormat.format(template, name, station);
        }
    }

    private final SmsPort sms;
    private final People people;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    Reminders(SmsPort sms, People people, JdbcClient jdbc, AuditLog audit) {
        this.sms = sms;
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public String send(long residentId, Kind kind, String stationName, CurrentUser user) {
        var person = people.find(residentId)
                .filter(p -> user.scope().covers(p.unitPath()))
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "居民不存在或不在您的权限范围内"));
        if (person.phone() == null) {
            throw PlatformException.conflict("NO_PHONE", "该居民没有登记手机号，请电话或上门联系");
        }
        String text = kind.text(person.name(), stationName);
        String id = sms.send(person.phone(), text);
        jdbc.sql(
                        "insert into familydoctor_reminder (resident_id, unit_path, kind, phone, text, sent_by) values (?, ?, ?, ?, ?, ?)")
                .params(residentId, person.unitPath(), kind.name(), person.phone(), text, user.username())
                .update();
        audit.record(AuditLog.Action.READ, "resident", List.of(residentId), "familydoctor reminder " + kind);
        return id;
    }
}
