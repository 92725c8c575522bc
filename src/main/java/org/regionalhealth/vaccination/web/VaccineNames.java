package org.regionalhealth.vaccination.web;

import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.regionalhealth.vaccination.schedule.Vaccine;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Product and series names in the reader's language, for templates: {@code ${@vaccineNames.of(code)}}. */
@Component("vaccineNames")
public class VaccineNames {

    private final ScheduleEngine engine;

    VaccineNames(ScheduleEngine engine) {
        this.engine = engine;
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
