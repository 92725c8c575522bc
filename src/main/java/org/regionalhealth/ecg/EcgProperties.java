package org.regionalhealth.ecg;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the regional ECG network.
 *
 * @param demoRecordings ECGs in the demo's queue of the day (uploaded by the stations of the reading centre's medical
 *     community over the hours before start)
 * @param afIrregularity pre-read AF suspicion: normalised RMSSD of the RR intervals (RMSSD ÷ mean RR) above this
 *     value (Dash et al. 2009 use 0.1)
 * @param minDurationSeconds shortest accepted recording
 * @param maxDurationSeconds longest accepted recording
 */
@ConfigurationProperties("rhp.ecg")
public record EcgProperties(
        @DefaultValue("24") int demoRecordings,
        @DefaultValue("0.1") double afIrregularity,
        @DefaultValue("5") int minDurationSeconds,
        @DefaultValue("60") int maxDurationSeconds) {}
