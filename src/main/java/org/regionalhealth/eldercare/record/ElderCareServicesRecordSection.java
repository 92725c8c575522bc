package org.regionalhealth.eldercare.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.regionalhealth.eldercare.CarePlan;
import org.regionalhealth.eldercare.HomeBed;
import org.regionalhealth.eldercare.HomeBeds;
import org.regionalhealth.eldercare.Hospice;
import org.regionalhealth.eldercare.HospicePatient;
import org.regionalhealth.eldercare.IntegratedCare;
import org.regionalhealth.eldercare.RehabEpisode;
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
 * 老年照护服务 in the health record: family sickbeds, hospice, 医养结合 care plans and home rehabilitation of the
 * resident, newest first; absent for residents who had none.
 */
@Component
class ElderCareServicesRecordSection implements HealthRecordSection {

    private final HomeBeds beds;
    private final Hospice hospice;
    private final IntegratedCare care;
    private final Labels labels;
    private final MessageSource messages;
    private final AuditLog audit;

    ElderCareServicesRecordSection(
            HomeBeds beds,
            Hospice hospice,
            IntegratedCare care,
            Labels labels,
            MessageSource messages,
            AuditLog audit) {
        this.beds = beds;
        this.hospice = hospice;
        this.care = care;
        this.labels = labels;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        var bedList = beds.ofResident(residentId, viewer);
        var hospiceList = hospice.ofResident(residentId, viewer);
        var plans = care.plansOf(residentId, viewer);
        var episodes = care.episodesOf(residentId, viewer);
        if (bedList.isEmpty() && hospiceList.isEmpty() && plans.isEmpty() && episodes.isEmpty()) {
            return Optional.empty();
        }
        audit.record(
                AuditLog.Action.READ,
                "eldercare_services",
                List.of(residentId),
                "health record: elderly care services");
        Locale locale = LocaleContextHolder.getLocale();
        boolean staff = !viewer.scope().isResidentOnly();
        var items = new ArrayList<HealthRecordItem>();
        for (HomeBed b : bedList) {
            items.add(new HealthRecordItem(
                    b.admittedOn(),
                    msg("eldercare.record.homeBed", locale),
                    msg("eldercare.record.homeBedDetail", locale, b.diagnosis(), b.doctorName()),
                    labels.of(b.state()),
                    staff ? "/eldercare/home-beds/" + b.id() : null));
        }
        for (HospicePatient p : hospiceList) {
            items.add(new HealthRecordItem(
                    p.referredOn(),
                    msg("eldercare.record.hospice", locale),
                    p.diagnosis(),
                    labels.of(p.state()),
                    staff ? "/eldercare/hospice/" + p.id() : null));
        }
        for (CarePlan c : plans) {
            items.add(new HealthRecordItem(
                    c.startsOn(),
                    msg("eldercare.record.carePlan", locale, labels.of(c.setting())),
                    String.join("、", c.services()),
                    c.active() ? msg("eldercare.care.active", locale) : msg("eldercare.record.ended", locale),
                    staff ? "/eldercare/care/plans/" + c.id() : null));
        }
        for (RehabEpisode e : episodes) {
            items.add(new HealthRecordItem(
                    e.startedOn(),
                    msg("eldercare.record.rehab", locale),
                    msg("eldercare.record.rehabDetail", locale, e.condition(), e.sessions(), e.plannedSessions()),
                    e.active() ? msg("eldercare.care.active", locale) : labels.of(e.outcome()),
                    staff ? "/eldercare/care/rehab/" + e.id() : null));
        }
        items.sort(Comparator.comparing(HealthRecordItem::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return Optional.of(new HealthRecordPart(
                msg("eldercare.record.servicesTitle", locale),
                items,
                null,
                msg("eldercare.record.servicesEmpty", locale)));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
