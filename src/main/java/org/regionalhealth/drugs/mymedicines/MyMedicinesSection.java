package org.regionalhealth.drugs.mymedicines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 我的药品 in the resident's health record (issue 16): for the resident the medicines they take (their own list and
 * those of their current prescriptions) with the interactions found between them; for staff the resident's own list,
 * so a doctor sees the over-the-counter medicines too.
 */
@Component
@Order(30)
class MyMedicinesSection implements HealthRecordSection {

    private final PersonalMedicines medicines;
    private final MessageSource messages;
    private final AuditLog audit;

    MyMedicinesSection(PersonalMedicines medicines, MessageSource messages, AuditLog audit) {
        this.medicines = medicines;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        boolean self = viewer.role() == Role.RESIDENT
                && viewer.scope().residentId().map(id -> id == residentId).orElse(false);
        var items = new ArrayList<HealthRecordItem>();
        if (self) {
            var review = medicines.review(viewer);
            for (var finding : review.findings()) {
                items.add(new HealthRecordItem(
                        null,
                        msg(
                                "drugs.record.interaction",
                                finding.a().nameZh(),
                                finding.b().nameZh()),
                        "",
                        finding.severityZh(),
                        "/drugs/my"));
            }
            for (var entry : review.prescribed()) {
                items.add(new HealthRecordItem(
                        null, entry.nameZh(), entry.prescribedAt(), msg("drugs.record.prescribed"), "/drugs/my"));
            }
            for (var entry : review.entries()) {
                items.add(new HealthRecordItem(
                        entry.addedAt().toLocalDate(), entry.nameZh(), "", msg("drugs.record.own"), "/drugs/my"));
            }
        } else {
            var entries = medicines.entries(residentId);
            if (!entries.isEmpty()) {
                audit.record(AuditLog.Action.READ, "personal_medicine", List.of(residentId), "居民健康档案：自备药品");
            }
            for (var entry : entries) {
                items.add(new HealthRecordItem(
                        entry.addedAt().toLocalDate(), entry.nameZh(), "", msg("drugs.record.own"), null));
            }
        }
        return Optional.of(new HealthRecordPart(
                msg("drugs.record.title"),
                items,
                self ? "/drugs/my" : null,
                self ? msg("drugs.record.empty") : msg("drugs.record.emptyStaff")));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
