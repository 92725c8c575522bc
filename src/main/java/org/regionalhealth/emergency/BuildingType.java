package org.regionalhealth.emergency;

/** Kind of public place an AED is installed in. */
public enum BuildingType {
    METRO_STATION,
    SCHOOL,
    SPORTS_VENUE,
    SHOPPING_MALL,
    GOVERNMENT,
    HEALTH_CENTRE,
    COMMUNITY_CENTRE
}
