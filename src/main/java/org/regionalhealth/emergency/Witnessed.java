package org.regionalhealth.emergency;

/** Who saw the collapse (Utstein core). */
public enum Witnessed {
    BYSTANDER,
    EMS,
    UNWITNESSED
}
