package org.regionalhealth.vaccination.web;

import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.regionalhealth.vaccination.schedule.Vaccine;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Product and series names in the reader's language, for templates: {@code ${@vaccineNames.of(code)}}. */
@Component("vaccineNames")
public class VaccineNames {

    private final ScheduleEngine engine;
    private final java.time.Clock clock;

    VaccineNames(ScheduleEngine engine, java.time.Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** A moment in the district's time zone (Beijing time), e.g. {@code ${@vaccineNames.at(x, 'M月d日 HH:mm')}}. */
    public String at(java.time.@org.jspecify.annotations.Nullable Instant instant, String pattern) {
        return instant == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern(pattern).format(instant.atZone(clock.getZone()));
    }

    public String of(String product) {
        boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return engine.rules()
                .vaccine(product)
                .map(v -> en ? v.nameEn() : v.nameZh())
                .orElse(product);
    }

    public boolean live(String product) {
        return engine.rules().vaccine(product).map(Vaccine::live).orElse(false);
    }

    /** The name of a series' dose: 乙肝疫苗 第2剂. */
    public String dose(String product, int dose) {
        boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return of(product) + (en ? " dose " + dose : " 第" + dose + "剂");
    }
}
