/**
 * Outbound events (事件外发, issue 24): the facts other systems need — prescriptions screened and decided, vaccinations
 * given, cardiac arrests registered, ECG reports (critical findings), appointments, elder-care, childcare, population
 * screening and weight-management facts — leave the process through Kafka with Spring Modulith's event
 * externalisation: stored in the event publication registry inside the writing transaction, sent after commit, the
 * publication completed when the broker acknowledges, incomplete publications resubmitted. Off by default;
 * {@code rhp.outbound.kafka=true} turns it on (docs/scale-out-events.md, ADR 0016).
 *
 * <p>The module only names the event types of other modules' root packages (their published API); it calls none of
 * their beans.
 */
@ApplicationModule(
        displayName = "事件外发 Outbound events",
        allowedDependencies = {
            "platform",
            "screening",
            "reviewcenter",
            "consultation",
            "vaccination",
            "emergency",
            "ecg",
            "appointments",
            "eldercare",
            "childcare",
            "populationscreening",
            "weight",
            "healthcity",
            "dataspace"
        })
package org.regionalhealth.outbound;

import org.springframework.modulith.ApplicationModule;
