package org.regionalhealth.ecg.callback;

/** One recorded step of a critical finding's call-back, in the order they normally happen. */
public enum CallBackStep {
    /** The report was signed and the sending station called back. */
    STATION_CALLED,
    /** The chest-pain centre of the station's medical community alerted. */
    CENTRE_NOTIFIED,
    /** The station confirmed it received the call-back. */
    STATION_CONFIRMED,
    /** The chest-pain centre took the alert (team and catheter laboratory activated). */
    CENTRE_ACKNOWLEDGED,
    /** The patient arrived at the centre's door. */
    PATIENT_ARRIVED,
    /** Reperfusion (wire crossed) for a STEMI, or the treatment done for another finding; the clock stops. */
    TREATED
}
