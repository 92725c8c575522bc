package org.regionalhealth.emergency.arrests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.emergency.CardiacArrest;
import org.regionalhealth.emergency.Witnessed;

/**
 * The Utstein registry rates (Perkins et al. 2015; definitions in docs/emergency.md), computed from the arrests of a
 * group (a town in a year, or the district):
 *
 * <ul>
 *   <li>every outcome rate has the arrests with resuscitation attempted as denominator;
 *   <li>bystander CPR and public-access AED use are rates over attempted arrests not witnessed by the ambulance crew
 *       (a bystander had the chance);
 *   <li>survival to discharge counts the known outcomes; arrests whose discharge is not yet known are reported as
 *       pending, not as deaths;
 *   <li>the Utstein comparator group is bystander-witnessed with a shockable first rhythm.
 * </ul>
 */
public final class UtsteinRates {

    /** The counts of one group, with the rates derived from them. */
    public record Rates(
            String group,
            int attended,
            int attempted,
            int bystanderEligible,
            int bystanderCpr,
            int bystanderAed,
            int dispatcherRecognised,
            int anyRosc,
            int survivedEvent,
            int dischargeKnown,
            int survivedDischarge,
            int goodNeurology,
            int comparator,
            int comparatorKnown,
            int comparatorSurvived,
            @Nullable Double medianResponseMinutes) {

        public @Nullable Double bystanderCprRate() {
            return rate(bystanderCpr, bystanderEligible);
        }

        public @Nullable Double bystanderAedRate() {
            return rate(bystanderAed, bystanderEligible);
        }

        public @Nullable Double dispatcherRate() {
            return rate(dispatcherRecognised, attempted);
        }

        public @Nullable Double roscRate() {
            return rate(anyRosc, attempted);
        }

        /** 抢救成功率: survived the event (sustained ROSC to hospital handover) over attempted. */
        public @Nullable Double survivedEventRate() {
            return rate(survivedEvent, attempted);
        }

        public @Nullable Double dischargeRate() {
            return rate(survivedDischarge, dischargeKnown);
        }

        public @Nullable Double goodNeurologyRate() {
            return rate(goodNeurology, dischargeKnown);
        }

        public @Nullable Double comparatorSurvivalRate() {
            return rate(comparatorSurvived, comparatorKnown);
        }

        public int dischargePending() {
            return attempted - dischargeKnown;
        }
    }

    private UtsteinRates() {}

    static @Nullable Double rate(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    public static Rates of(String group, Collection<CardiacArrest> arrests) {
        int attended = arrests.size();
        int attempted = 0;
        int eligible = 0;
        int cpr = 0;
        int aed = 0;
        int dispatcher = 0;
        int rosc = 0;
        int event = 0;
        int known = 0;
        int discharged = 0;
        int good = 0;
        int comparator = 0;
        int comparatorKnown = 0;
        int comparatorSurvived = 0;
        var response = new ArrayList<Integer>();
        for (CardiacArrest a : arrests) {
            if (!a.resuscitationAttempted()) {
                continue;
            }
            attempted++;
            if (a.witnessed() != Witnessed.EMS) {
                eligible++;
                cpr += a.bystanderCpr() ? 1 : 0;
                aed += a.bystanderAed() ? 1 : 0;
            }
            dispatcher += a.dispatcherRecognised() ? 1 : 0;
            rosc += a.anyRosc() ? 1 : 0;
            event += a.survivedEvent() ? 1 : 0;
            // an arrest that did not survive the event is known not to survive to discharge
            boolean outcomeKnown = a.survivedDischarge() != null || !a.survivedEvent();
            boolean alive = Boolean.TRUE.equals(a.survivedDischarge());
            if (outcomeKnown) {
                known++;
                discharged += alive ? 1 : 0;
                good += a.goodNeurology() ? 1 : 0;
            }
            if (a.utsteinComparator()) {
                comparator++;
                if (outcomeKnown) {
                    comparatorKnown++;
                    comparatorSurvived += alive ? 1 : 0;
                }
            }
            if (a.responseMinutes() != null) {
                response.add(a.responseMinutes());
            }
        }
        return new Rates(
                group,
                attended,
                attempted,
                eligible,
                cpr,
                aed,
                dispatcher,
                rosc,
                event,
                known,
                discharged,
                good,
                comparator,
                comparatorKnown,
                comparatorSurvived,
                median(response));
    }

    static @Nullable Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The rates of each town (ordered by town code). */
    public static Map<String, Rates> byTown(Collection<CardiacArrest> arrests) {
        var groups = new TreeMap<String, List<CardiacArrest>>();
        for (CardiacArrest a : arrests) {
            groups.computeIfAbsent(a.townCode(), t -> new ArrayList<>()).add(a);
        }
        var out = new LinkedHashMap<String, Rates>();
        groups.forEach((town, list) -> out.put(town, of(town, list)));
        return out;
    }
}
