package org.regionalhealth.vaccination.stock;

public enum LotStatus {
    AVAILABLE,
    QUARANTINED
}
