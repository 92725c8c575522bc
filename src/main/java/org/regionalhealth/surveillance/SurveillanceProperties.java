package org.regionalhealth.surveillance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the early-warning module ({@code rhp.surveillance}).
 *
 * @param dedupDays an open signal absorbs new triggers of the same town and syndrome group for this many days after
 *     its last trigger (research §8.1 "de-dup period D", NYC "ongoing cluster")
 * @param corroborationDays channels corroborate each other when their triggers lie within this many days (§8.7: 3)
 * @param redChannels red channels in one area that make a signal red (§8.7: 2)
 * @param statisticalSlaHours handling clock of purely statistical signals (research §7: 24 h)
 * @param yellowP ESSENCE p-value below which a channel is yellow (§8.5: 0.05)
 * @param redP ESSENCE p-value below which a channel is red (§8.5: 0.01)
 * @param dutyPhone the CDC duty phone the SMS port sends to
 * @param simulation the demo simulator (profile {@code demo} only)
 */
@ConfigurationProperties("rhp.surveillance")
public record SurveillanceProperties(
        @DefaultValue("7") int dedupDays,
        @DefaultValue("3") int corroborationDays,
        @DefaultValue("2") int redChannels,
        @DefaultValue("24") int statisticalSlaHours,
        @DefaultValue("0.05") double yellowP,
        @DefaultValue("0.01") double redP,
        @DefaultValue("0571-00000000") String dutyPhone,
        @DefaultValue Simulation simulation) {

    /**
     * The demo year of all channels with injected clusters and outbreaks.
     *
     * @param enabled run once into an empty demo database
     * @param days days simulated, ending yesterday (365 = a year; tests use a short window)
     * @param schools schools with simulated checks (463 = all)
     * @param pharmacies pharmacies with simulated sales
     * @param episodes injected clusters and outbreaks
     * @param seed random seed: the same seed gives the same year
     */
    public record Simulation(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("365") int days,
            @DefaultValue("60") int schools,
            @DefaultValue("40") int pharmacies,
            @DefaultValue("24") int episodes,
            @DefaultValue("20260101") long seed) {}
}
