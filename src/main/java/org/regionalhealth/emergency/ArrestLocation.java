package org.regionalhealth.emergency;

/** Where the arrest happened (Utstein core: home / public / other). */
public enum ArrestLocation {
    HOME,
    PUBLIC,
    OTHER
}
