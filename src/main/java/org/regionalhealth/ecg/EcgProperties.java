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
 * @param reperfusionTargetMinutes a suspected STEMI's target from first medical contact (the station's ECG) to
 *     reperfusion (wire crossed), shown on the chest-pain centre's clock: 120 minutes (China Chest Pain Center
 *     accreditation standard; ESC 2017 STEMI guideline, STEMI diagnosis to wire crossing ≤ 120 min)
 */
@ConfigurationProperties("rhp.ecg")
public record EcgProperties(
        @DefaultValue("24") int demoRecordings,
        @DefaultValue("0.1") double afIrregularity,
        @DefaultValue("5") int minDurationSeconds,
        @DefaultValue("60") int maxDurationSeconds,
        @DefaultValue("120") int reperfusionTargetMinutes) {}
