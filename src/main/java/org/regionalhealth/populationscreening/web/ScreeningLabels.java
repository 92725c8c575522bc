package org.regionalhealth.populationscreening.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.populationscreening.ColorectalRisk;
import org.regionalhealth.populationscreening.Participant;
import org.regionalhealth.populationscreening.Programme;
import org.regionalhealth.populationscreening.rules.AutismWarningSigns;
import org.regionalhealth.residents.Masking;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the module's pages and its health-record section name a round, a finding and a person ({@code
 * ${@screeningLabels.round(p)}}): rounds as 2026年度 or 18月龄, findings by their label or the warning sign's text, names
 * under the reader's disclosure.
 */
@Component("screeningLabels")
public class ScreeningLabels {

    private final MessageSource messages;
    private final Labels labels;

    ScreeningLabels(MessageSource messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    private String msg(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }

    /** A message of the module's bundle in the request's locale. */
    public String message(String key, Object... args) {
        return msg(key, args);
    }

    public String round(Programme programme, String roundKey) {
        if (programme == Programme.AUTISM) {
            return point(roundKey);
        }
        return msg("populationscreening.round.year", roundKey);
    }

    public String round(Participant p) {
        return round(p.programme(), p.roundKey());
    }

    /** {@code M18} → 18月龄, {@code Y4} → 4岁. */
    public String point(String code) {
        return code.startsWith("Y")
                ? msg("populationscreening.point.years", code.substring(1))
                : msg("populationscreening.point.months", code.substring(1));
    }

    public String finding(Programme programme, String code) {
        if (programme == Programme.COLORECTAL) {
            try {
                return labels.of(ColorectalRisk.valueOf(code));
            } catch (IllegalArgumentException e) {
                return code;
            }
        }
        if (programme == Programme.SPINE || programme == Programme.COPD) {
            return msg("populationscreening.finding." + code);
        }
        return AutismWarningSigns.POINTS.stream()
                .flatMap(p -> p.signs().stream())
                .filter(s -> s.code().equals(code))
                .map(AutismWarningSigns.Sign::text)
                .findFirst()
                .orElse(code);
    }

    public List<String> findings(Participant p) {
        return p.findings().stream().map(f -> finding(p.programme(), f)).toList();
    }

    /** Measured values for the page: 胸段 ATR 6°, 吸烟量 20 包年 … in the programme's order. */
    public List<String> measures(Participant p) {
        var order = List.of("ATR_THORACIC", "ATR_THORACOLUMBAR", "ATR_LUMBAR", "PACK_YEARS", "BMI");
        return p.measures().entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> order.indexOf(e.getKey())))
                .map(e -> msg(
                        "populationscreening.measure." + e.getKey(),
                        e.getValue().toPlainString()))
                .toList();
    }

    public String reasons(Participant p) {
        return String.join(
                "、",
                p.reasons().stream()
                        .map(r -> msg("populationscreening.reason." + r))
                        .toList());
    }

    public String name(String name, CurrentUser viewer) {
        return viewer.mayReadFullNames() ? name : Masking.name(name);
    }

    public int age(Participant p, LocalDate today) {
        return java.time.Period.between(p.birthDate(), today).getYears();
    }
}
