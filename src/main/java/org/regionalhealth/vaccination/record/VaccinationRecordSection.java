package org.regionalhealth.vaccination.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.regionalhealth.vaccination.people.People;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.regionalhealth.vaccination.web.VaccineNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** 预防接种 in the resident's health record: doses due now first, then the latest doses given. */
@Component
class VaccinationRecordSection implements HealthRecordSection {

    private final VaccinationRecords records;
    private final People people;
    private final ScheduleEngine engine;
    private final VaccineNames names;
    private final Labels labels;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    VaccinationRecordSection(
            VaccinationRecords records,
            People people,
            ScheduleEngine engine,
            VaccineNames names,
            Labels labels,
            MessageSource messages,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.people = people;
        this.engine = engine;
        this.names = names;
        this.labels = labels;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        var person = people.find(residentId);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        var p = person.get();
        var today = LocalDate.now(clock);
        var entries = records.of(residentId);
        var forecast = engine.forecast(p.birthDate(), p.sex(), records.doses(residentId), today);
        var items = new ArrayList<HealthRecordItem>();
        String href = viewer.role() == Role.RESIDENT ? "/vaccination/family?child=" + residentId : null;
        forecast.items().stream()
                .filter(d -> d.programme() && d.actionable())
                .limit(4)
                .forEach(d -> items.add(new HealthRecordItem(
                        d.earliest(), names.dose(d.product(), d.dose()), "", labels.of(d.status()), href)));
        entries.stream()
                .limit(6)
                .forEach(e -> items.add(new HealthRecordItem(
                        e.givenOn(),
                        names.of(e.product()),
                        e.clinicName() == null
                                ? ""
                                : e.clinicName() + (e.lotNumber() == null ? "" : " · " + e.lotNumber()),
                        msg("vaccination.record.given"),
                        href)));
        audit.record(AuditLog.Action.READ, "vaccination_record", List.of(residentId), "健康档案·预防接种");
        return Optional.of(
                new HealthRecordPart(msg("vaccination.record.title"), items, href, msg("vaccination.record.empty")));
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
