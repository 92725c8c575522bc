package org.regionalhealth.populationscreening.childhealth;

import java.util.Locale;
import java.util.Optional;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.populationscreening.ChildCheck;
import org.regionalhealth.populationscreening.ChildHealthChecks;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** 儿童健康检查 in the health record of a child with recorded 0–6 checks (the checks audit the read). */
@Component
class ChildHealthRecordSection implements HealthRecordSection {

    private final ChildHealthChecks checks;
    private final MessageSource messages;

    ChildHealthRecordSection(ChildHealthChecks checks, MessageSource messages) {
        this.checks = checks;
        this.messages = messages;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        java.util.List<ChildCheck> list;
        try {
            list = checks.checks(residentId, viewer);
        } catch (PlatformException e) {
            return Optional.empty();
        }
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        boolean staff = !viewer.scope().isResidentOnly();
        var newestFirst = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(newestFirst);
        var items = newestFirst.stream()
                .map(c -> new HealthRecordItem(
                        c.checkedOn(),
                        messages.getMessage("populationscreening.child.visit." + c.visit(), null, locale),
                        detail(c, locale),
                        messages.getMessage(
                                c.developmentNormal()
                                        ? "populationscreening.child.devNormal"
                                        : "populationscreening.child.devAbnormal",
                                null,
                                locale),
                        staff ? "/populationscreening/child-health/" + residentId : null))
                .toList();
        return Optional.of(new HealthRecordPart(
                messages.getMessage("populationscreening.child.recordTitle", null, locale),
                items,
                null,
                messages.getMessage("populationscreening.child.recordEmpty", null, locale)));
    }

    private String detail(ChildCheck c, Locale locale) {
        var text = new StringBuilder(messages.getMessage(
                "populationscreening.child.summary", new Object[] {c.weightKg(), c.lengthCm()}, locale));
        if (c.headCm() != null) {
            text.append(" · ")
                    .append(messages.getMessage(
                            "populationscreening.child.headValue", new Object[] {c.headCm()}, locale));
        }
        if (c.hb() != null) {
            text.append(" · ")
                    .append(messages.getMessage("populationscreening.child.hbValue", new Object[] {c.hb()}, locale));
        }
        return text.toString();
    }
}
