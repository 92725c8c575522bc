package org.regionalhealth.vaccination;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the vaccination module ({@code rhp.vaccination}).
 *
 * @param maxInjectionsPerVisit per-visit injection limit, 0 = none: the 2021 说明 lets every programme vaccine be given
 *     at one visit; the old 两剂一口服 rule is superseded and stays an optional clinic policy
 * @param observationMinutes observation after vaccination (《预防接种工作规范》: 30 minutes)
 * @param coldChainMin lowest allowed fridge temperature, °C (2–8 °C)
 * @param coldChainMax highest allowed fridge temperature, °C
 * @param feverFrom axillary temperature from which vaccination is deferred, °C [K: 37.3 common clinic practice]
 * @param slotCapacity people per clinic and half-day, until the appointments module offers slots
 * @param smsPerMinute campaign invitations handed to the SMS gateway per minute at most (the gateway's rate limit)
 * @param smsCron when the invitation outbox is sent (Spring cron, Beijing time; {@code -} switches it off)
 * @param demo the demo data
 */
@ConfigurationProperties("rhp.vaccination")
public record VaccinationProperties(
        @DefaultValue("0") int maxInjectionsPerVisit,
        @DefaultValue("30") int observationMinutes,
        @DefaultValue("2.0") double coldChainMin,
        @DefaultValue("8.0") double coldChainMax,
        @DefaultValue("37.3") double feverFrom,
        @DefaultValue("40") int slotCapacity,
        @DefaultValue("300") int smsPerMinute,
        @DefaultValue("0 * * * * *") String smsCron,
        @DefaultValue Demo demo) {

    /**
     * @param enabled seed the demo once into an empty vaccination schema
     * @param historyShare share of children under 18 given a realistic history (the rest have none: catch-up lists)
     * @param lotsPerProduct lots received per clinic and product
     * @param dosesPerLot doses (and traceability codes) per lot
     */
    public record Demo(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1.0") double historyShare,
            @DefaultValue("2") int lotsPerProduct,
            @DefaultValue("40") int dosesPerLot) {}
}
