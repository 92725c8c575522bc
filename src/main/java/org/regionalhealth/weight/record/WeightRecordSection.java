package org.regionalhealth.weight.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.regionalhealth.weight.alerts.Alerts;
import org.regionalhealth.weight.plan.Plans;
import org.springframework.stereotype.Component;

/** 体重管理 in the resident's health record: the plan, the latest weigh-ins and open red flags. */
@Component
class WeightRecordSection implements HealthRecordSection {

    private final Plans plans;
    private final Alerts alerts;
    private final Labels labels;
    private final AuditLog audit;

    WeightRecordSection(Plans plans, Alerts alerts, Labels labels, AuditLog audit) {
        this.plans = plans;
        this.alerts = alerts;
        this.labels = labels;
        this.audit = audit;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        var plan = plans.of(residentId);
        audit.record(AuditLog.Action.READ, "weight_plan", List.of(residentId), "health record: weight");
        var items = new ArrayList<HealthRecordItem>();
        String more = viewer.scope().isResidentOnly() ? "/weight" : null;
        plan.ifPresent(p -> {
            for (var flag : alerts.openFlags(residentId)) {
                items.add(new HealthRecordItem(null, labels.of(flag), "已转家庭医生", "待处理", null));
            }
            items.add(new HealthRecordItem(
                    p.enrolledOn(),
                    labels.of(p.kind()) + (p.category() == null ? "" : " · BMI " + p.bmi() + " " + p.category()),
                    "起始 " + p.startWeightKg() + " 公斤，当前 " + p.latestWeightKg() + " 公斤，阶段目标 " + p.targetWeightKg()
                            + " 公斤；每日能量目标 " + p.energyTargetKcal() + " 千卡",
                    null,
                    more));
            var latest =
                    plans.weighIns(residentId, p.enrolledOn(), p.enrolledOn().plusYears(10));
            for (int i = latest.size() - 1; i >= Math.max(0, latest.size() - 3); i--) {
                var w = latest.get(i);
                items.add(new HealthRecordItem(
                        w.day(),
                        "体重 " + w.weightKg() + " 公斤",
                        w.waistCm() == null ? "" : "腰围 " + w.waistCm() + " 厘米",
                        null,
                        null));
            }
        });
        return Optional.of(new HealthRecordPart("体重管理（萧慧减）", items, more, "尚未参加萧慧减。居民可在手机首页打开“萧慧减”建立减重计划。"));
    }
}
