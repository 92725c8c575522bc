package org.regionalhealth.vaccination.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A person's vaccination forecast on one day: every series' next dose and the projected doses after it. */
public record Forecast(LocalDate birthDate, LocalDate asOf, List<DoseForecast> items) {

    /** Doses that may be given today: overdue first, then by earliest day. */
    public List<DoseForecast> actionable() {
        return items.stream()
                .filter(DoseForecast::actionable)
                .sorted(Comparator.comparing((DoseForecast d) -> d.status() != DoseStatus.OVERDUE)
                        .thenComparing(DoseForecast::earliest))
                .toList();
    }

    public List<DoseForecast> programmeActionable() {
        return actionable().stream().filter(DoseForecast::programme).toList();
    }

    public List<DoseForecast> overdue() {
        return items.stream().filter(d -> d.status() == DoseStatus.OVERDUE).toList();
    }

    /** The next programme dose not yet allowed, the soonest first. */
    public Optional<DoseForecast> nextUpcoming() {
        return items.stream()
                .filter(d -> d.programme() && d.status() == DoseStatus.UPCOMING && d.earliest() != null)
                .min(Comparator.comparing(DoseForecast::earliest));
    }

    /** The next dose of a series (for a multi-track non-programme series, of that track), if the forecast lists it. */
    public Optional<DoseForecast> nextOf(String series, String track) {
        var candidates = items.stream()
                .filter(d -> d.next() && d.series().equals(series))
                .toList();
        return candidates.stream()
                .filter(d -> !track.isEmpty() && d.track().equals(track))
                .findFirst()
                .or(() -> candidates.stream().filter(DoseForecast::programme).findFirst())
                .or(() -> candidates.stream()
                        .filter(d -> track.isEmpty() || d.track().isEmpty())
                        .findFirst());
    }
}
