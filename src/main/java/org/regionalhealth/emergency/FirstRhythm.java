package org.regionalhealth.emergency;

/** First monitored rhythm (Utstein core): shockable (VF / pulseless VT) or not. */
public enum FirstRhythm {
    SHOCKABLE,
    NON_SHOCKABLE,
    UNKNOWN
}
