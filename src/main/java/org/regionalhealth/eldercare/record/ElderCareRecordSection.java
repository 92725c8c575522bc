package org.regionalhealth.eldercare.record;

import java.util.Locale;
import java.util.Optional;
import org.regionalhealth.eldercare.Assessment;
import org.regionalhealth.eldercare.CapabilityAssessments;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** 老年人能力评估 in the health record of residents who have been assessed (the assessments audit their read). */
@Component
class ElderCareRecordSection implements HealthRecordSection {

    private final CapabilityAssessments assessments;
    private final Labels labels;
    private final MessageSource messages;
    private final AuditLog audit;

    ElderCareRecordSection(CapabilityAssessments assessments, Labels labels, MessageSource messages, AuditLog audit) {
        this.audit = audit;
        this.assessments = assessments;
        this.labels = labels;
        this.messages = messages;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        var list = assessments.ofResident(residentId, viewer);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        audit.record(
                AuditLog.Action.READ,
                "eldercare_assessment",
                list.stream().map(Assessment::id).toList(),
                "health record: capability assessment");
        Locale locale = LocaleContextHolder.getLocale();
        boolean staff = !viewer.scope().isResidentOnly();
        var items = list.stream()
                .map((Assessment a) -> new HealthRecordItem(
                        a.assessedOn(),
                        labels.of(a.grade()),
                        messages.getMessage(
                                "eldercare.record.detail", new Object[] {a.total(), labels.of(a.reason())}, locale),
                        null,
                        staff ? "/eldercare/assessments/" + a.id() : null))
                .toList();
        return Optional.of(new HealthRecordPart(
                messages.getMessage("eldercare.record.title", null, locale),
                items,
                null,
                messages.getMessage("eldercare.record.empty", null, locale)));
    }
}
