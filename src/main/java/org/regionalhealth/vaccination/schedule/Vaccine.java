package org.regionalhealth.vaccination.schedule;

import java.math.BigDecimal;
import java.util.List;

/**
 * A vaccine product kind (乙肝疫苗, 五联疫苗 …).
 *
 * @param series the schedule series each dose counts for: one for a single vaccine, several for a combination
 *     vaccine, which replaces the doses of its components
 * @param track the alternative within its series (JE live/inactivated, HPV by product), empty when none
 * @param live live attenuated
 * @param route IM, SC, ID or ORAL
 * @param programme part of the national immunization programme (free)
 * @param price price per dose in yuan for self-paid vaccines
 */
public record Vaccine(
        String code,
        String nameZh,
        String nameEn,
        List<String> series,
        String track,
        boolean live,
        String route,
        boolean programme,
        BigDecimal price,
        String source) {

    /** Live and injected: the two-live-vaccines rule applies (same day or ≥ 28 days apart); oral live vaccines are free of it. */
    public boolean liveInjectable() {
        return live && !"ORAL".equals(route);
    }

    public boolean injectable() {
        return !"ORAL".equals(route);
    }

    public boolean combination() {
        return series.size() > 1;
    }
}
