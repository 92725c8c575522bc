package org.regionalhealth.childcare.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.regionalhealth.childcare.ChildcareRegistry;
import org.regionalhealth.childcare.SubsidyApplication;
import org.regionalhealth.childcare.SubsidyLedger;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * 托育与育儿补贴 in a child's health record: the childcare institution the child attends and the subsidy
 * applications for the child. Shown only for children with such entries (an adult's record omits it).
 */
@Component
class ChildcareRecordSection implements HealthRecordSection {

    private final ChildcareRegistry registry;
    private final SubsidyLedger ledger;
    private final Labels labels;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    ChildcareRecordSection(
            ChildcareRegistry registry,
            SubsidyLedger ledger,
            Labels labels,
            MessageSource messages,
            AuditLog audit,
            Clock clock) {
        this.clock = clock;
        this.registry = registry;
        this.ledger = ledger;
        this.labels = labels;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        var enrolments = registry.enrolmentsOfResident(residentId);
        var applications = ledger.ofChild(residentId);
        if (enrolments.isEmpty() && applications.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        var ids = new ArrayList<Long>();
        var items = new ArrayList<HealthRecordItem>();
        for (var e : enrolments) {
            ids.add(e.id());
            items.add(new HealthRecordItem(
                    e.enrolledOn(),
                    e.institutionName(),
                    messages.getMessage("childcare.record.enrolment", null, locale),
                    e.leftOn() == null
                            ? messages.getMessage("childcare.record.attending", null, locale)
                            : messages.getMessage("childcare.record.left", null, locale),
                    null));
        }
        for (SubsidyApplication a : applications) {
            ids.add(a.id());
            items.add(new HealthRecordItem(
                    LocalDate.ofInstant(a.submittedAt(), clock.getZone()),
                    messages.getMessage("childcare.record.subsidy", new Object[] {a.period()}, locale),
                    messages.getMessage("childcare.record.amount", new Object[] {a.months(), a.amount()}, locale),
                    labels.of(a.state()),
                    viewer.scope().isResidentOnly() ? "/childcare/subsidy" : null));
        }
        audit.record(AuditLog.Action.READ, "childcare", List.copyOf(ids), "health record: childcare");
        return Optional.of(new HealthRecordPart(
                messages.getMessage("childcare.record.title", null, locale),
                items,
                viewer.scope().isResidentOnly() ? "/childcare/subsidy" : null,
                messages.getMessage("childcare.record.empty", null, locale)));
    }
}
