package org.regionalhealth.surveillance.response;

import java.sql.Timestamp;
import java.time.Instant;
import org.regionalhealth.surveillance.SurveillanceProperties;
import org.regionalhealth.surveillance.signals.Grade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dispatches a signal: an in-app notification to the CDC duty officer's inbox and, unless the grade is blue (watch
 * only, research §8.7), an SMS through the {@link SmsPort}. Every dispatch is a recorded handling step.
 */
@Component
public class Dispatcher {

    /** Recipients by escalation level: duty officer, CDC director in charge, district health commission. */
    static final String[] LEVELS = {"疾控值班人员", "疾控中心分管领导", "区卫生健康局应急办"};

    private final JdbcClient jdbc;
    private final SmsPort sms;
    private final SurveillanceProperties properties;

    Dispatcher(JdbcClient jdbc, SmsPort sms, SurveillanceProperties properties) {
        this.jdbc = jdbc;
        this.sms = sms;
        this.properties = properties;
    }

    public void dispatch(long signalId, Grade grade, Instant now) {
        jdbc.sql("update surveillance_signal set dispatched_at = ? where id = ?")
                .params(Timestamp.from(now), signalId)
                .update();
        String text = message(signalId, grade, "新预警");
        notify(signalId, LEVELS[0], text, now, grade != Grade.BLUE);
        Steps.record(jdbc, signalId, "dispatched", "system", now, LEVELS[0] + "：" + text);
    }

    public void upgraded(long signalId, Grade from, Grade to, Instant now) {
        String text = message(signalId, to, "预警升级（" + from.labelZh() + "→" + to.labelZh() + "）");
        notify(signalId, LEVELS[0], text, now, to != Grade.BLUE);
        Steps.record(jdbc, signalId, "upgraded", "system", now, text);
    }

    void escalated(long signalId, Grade grade, int level, Instant now) {
        String recipient = LEVELS[Math.min(level, LEVELS.length - 1)];
        String text = message(signalId, grade, "超时未响应，升级至" + recipient);
        notify(signalId, recipient, text, now, true);
    }

    private void notify(long signalId, String recipient, String text, Instant now, boolean sendSms) {
        jdbc.sql("insert into surveillance_notification (signal_id, recipient, text, created_at) values (?, ?, ?, ?)")
                .params(signalId, recipient, text, Timestamp.from(now))
                .update();
        boolean simulated = jdbc.sql("select simulated from surveillance_signal where id = ?")
                .param(signalId)
                .query(Boolean.class)
                .single();
        // the demo year's signals go to the in-app inbox only: nobody's phone should ring for simulated history
        if (sendSms && !simulated) {
            sms.send(signalId, properties.dutyPhone(), text);
        }
    }

    private String message(long signalId, Grade grade, String what) {
        String title = jdbc.sql("select title from surveillance_signal where id = ?")
                .param(signalId)
                .query(String.class)
                .single();
        String text = "【萧山多点预警】" + what + " " + grade.labelZh() + " #" + signalId + " " + title;
        return text.length() > 480 ? text.substring(0, 480) : text;
    }
}
