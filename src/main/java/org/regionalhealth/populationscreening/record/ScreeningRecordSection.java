package org.regionalhealth.populationscreening.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.populationscreening.Participant;
import org.regionalhealth.populationscreening.ParticipantState;
import org.regionalhealth.populationscreening.ScreeningProgrammes;
import org.regionalhealth.populationscreening.web.ScreeningLabels;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** 人群筛查 in the health record of residents invited to a programme (the programmes audit the read). */
@Component
class ScreeningRecordSection implements HealthRecordSection {

    private final ScreeningProgrammes programmes;
    private final ScreeningLabels screeningLabels;
    private final Labels labels;
    private final MessageSource messages;
    private final Clock clock;

    ScreeningRecordSection(
            ScreeningProgrammes programmes,
            ScreeningLabels screeningLabels,
            Labels labels,
            MessageSource messages,
            Clock clock) {
        this.programmes = programmes;
        this.screeningLabels = screeningLabels;
        this.labels = labels;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        var list = programmes.ofResident(residentId, viewer);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        var today = LocalDate.now(clock);
        boolean staff = !viewer.scope().isResidentOnly();
        var items = list.stream()
                .limit(10)
                .map((Participant p) -> new HealthRecordItem(
                        p.followUpOn() != null
                                ? p.followUpOn()
                                : p.screenedOn() != null ? p.screenedOn() : p.invitedOn(),
                        labels.of(p.programme()) + " · " + screeningLabels.round(p),
                        detail(p, locale),
                        p.overdue(today)
                                ? messages.getMessage("populationscreening.overdue", null, locale)
                                : labels.of(p.state()),
                        staff ? "/populationscreening/participants/" + p.id() : null))
                .toList();
        return Optional.of(new HealthRecordPart(
                messages.getMessage("populationscreening.record.title", null, locale),
                items,
                null,
                messages.getMessage("populationscreening.record.empty", null, locale)));
    }

    private String detail(Participant p, Locale locale) {
        if (p.outcome() != null) {
            return messages.getMessage(
                    "populationscreening.record.outcome", new Object[] {labels.of(p.outcome())}, locale);
        }
        if (p.state() == ParticipantState.REFERRED) {
            return messages.getMessage(
                    "populationscreening.record.referred",
                    new Object[] {screeningLabels.reasons(p), p.dueOn().toString()},
                    locale);
        }
        if (p.state() == ParticipantState.INVITED) {
            return messages.getMessage(
                    "populationscreening.record.invited",
                    new Object[] {p.invitedOn().toString()},
                    locale);
        }
        return messages.getMessage("populationscreening.record.state", new Object[] {labels.of(p.state())}, locale);
    }
}
