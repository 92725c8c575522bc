package org.regionalhealth.vaccination.campaign;

/** What a campaign vaccinates and whom it draws from the resident index. */
public enum CampaignKind {
    /** This season's free influenza vaccine for residents aged 60 and over by calendar year (浙江, since 2024). */
    INFLUENZA,
    /** The national programme's HPV vaccine for girls born on or after 2011-11-10 who have turned 13. */
    HPV
}
