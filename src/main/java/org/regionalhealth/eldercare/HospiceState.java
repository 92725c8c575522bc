package org.regionalhealth.eldercare;

/** A hospice patient's way: referred (待收治) → admitted (在院) → died (死亡), or declined (未收治) or discharged (出院). */
public enum HospiceState {
    REFERRED,
    ADMITTED,
    DECLINED,
    DISCHARGED,
    DIED
}
