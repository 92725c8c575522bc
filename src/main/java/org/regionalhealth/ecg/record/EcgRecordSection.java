package org.regionalhealth.ecg.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.regionalhealth.ecg.worklist.EcgWorklist;
import org.regionalhealth.ecg.worklist.ReadingState;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * 心电图 in the resident's health record: the latest ECGs with the physician's conclusion (or "awaiting report" —
 * the automatic pre-read is never shown as a finding here), a critical one marked; staff link to the viewer.
 */
@Component
class EcgRecordSection implements HealthRecordSection {

    private final EcgWorklist worklist;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    EcgRecordSection(EcgWorklist worklist, MessageSource messages, AuditLog audit, Clock clock) {
        this.worklist = worklist;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        var recordings = worklist.ofResident(residentId, 6);
        boolean staff = viewer.role() != Role.RESIDENT;
        var items = recordings.stream()
                .map(r -> new HealthRecordItem(
                        LocalDate.ofInstant(r.uploadedAt(), clock.getZone()),
                        msg("ecg.record.item"),
                        r.state() == ReadingState.REPORTED
                                ? r.conclusion() + " · " + r.reportedByName()
                                : r.stationName(),
                        r.state() != ReadingState.REPORTED
                                ? msg("ecg.record.waiting")
                                : r.critical() ? msg("ecg.record.critical") : msg("ecg.record.reported"),
                        staff && viewer.scope().covers(r.stationUnitPath()) ? "/ecg/recordings/" + r.id() : null))
                .toList();
        if (!recordings.isEmpty()) {
            audit.record(
                    AuditLog.Action.READ,
                    "ecg_recording",
                    recordings.stream().map(r -> r.id()).toList(),
                    "健康档案·心电图");
        }
        return Optional.of(new HealthRecordPart(msg("ecg.record.title"), items, null, msg("ecg.record.empty")));
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
