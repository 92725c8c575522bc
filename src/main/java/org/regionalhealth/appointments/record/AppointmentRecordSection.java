package org.regionalhealth.appointments.record;

import java.util.List;
import java.util.Optional;
import org.regionalhealth.appointments.booking.Bookings;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** 预约就诊 in the resident's health record: the latest appointments with their state and, for visits, the diagnosis. */
@Component
class AppointmentRecordSection implements HealthRecordSection {

    private final Bookings bookings;
    private final Labels labels;
    private final MessageSource messages;
    private final AuditLog audit;

    AppointmentRecordSection(Bookings bookings, Labels labels, MessageSource messages, AuditLog audit) {
        this.bookings = bookings;
        this.labels = labels;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        var latest = bookings.ofResident(residentId, 0, 5).items();
        audit.record(
                AuditLog.Action.READ,
                "appointments_appointment",
                latest.stream().map(a -> a.id()).toList(),
                "health record: appointments");
        var locale = LocaleContextHolder.getLocale();
        List<HealthRecordItem> items = latest.stream()
                .map(a -> new HealthRecordItem(
                        a.day(),
                        a.unitName() + " · " + a.departmentName(),
                        labels.of(a.period()) + (a.doctorName() == null ? "" : " · " + a.doctorName()),
                        labels.of(a.status()),
                        null))
                .toList();
        return Optional.of(new HealthRecordPart(
                messages.getMessage("appointments.record.title", null, locale),
                items,
                viewer.scope().isResidentOnly() ? "/appointments/mine" : null,
                messages.getMessage("appointments.record.empty", null, locale)));
    }
}
