package org.regionalhealth.eldercare;

/**
 * The 26 second-level items (二级指标) of GB/T 42195-2022 with their maximum scores; the maxima add up to 90.
 * Each item is scored from 0 (完全依赖) to its maximum (独立完成). Source: research life-course-and-data.md §1.1
 * ([V] 4 domains, 26 items, 5 grades from the SAMR press conference; item maxima [O×3] from public implementations).
 */
public enum AbilityItem {
    EATING(AbilityDomain.SELF_CARE, 4),
    GROOMING(AbilityDomain.SELF_CARE, 4),
    BATHING(AbilityDomain.SELF_CARE, 4),
    DRESSING_UPPER(AbilityDomain.SELF_CARE, 4),
    DRESSING_LOWER(AbilityDomain.SELF_CARE, 4),
    URINE_CONTROL(AbilityDomain.SELF_CARE, 4),
    BOWEL_CONTROL(AbilityDomain.SELF_CARE, 4),
    TOILETING(AbilityDomain.SELF_CARE, 4),
    BED_POSITION(AbilityDomain.MOBILITY, 4),
    BED_CHAIR_TRANSFER(AbilityDomain.MOBILITY, 4),
    WALKING(AbilityDomain.MOBILITY, 4),
    STAIRS(AbilityDomain.MOBILITY, 3),
    TIME_ORIENTATION(AbilityDomain.MENTAL, 4),
    PLACE_ORIENTATION(AbilityDomain.MENTAL, 4),
    PERSON_ORIENTATION(AbilityDomain.MENTAL, 4),
    MEMORY(AbilityDomain.MENTAL, 4),
    COMPREHENSION(AbilityDomain.MENTAL, 4),
    EXPRESSION(AbilityDomain.MENTAL, 4),
    AGGRESSION(AbilityDomain.MENTAL, 1),
    DEPRESSION(AbilityDomain.MENTAL, 1),
    CONSCIOUSNESS(AbilityDomain.MENTAL, 2),
    VISION(AbilityDomain.PERCEPTION_SOCIAL, 2),
    HEARING(AbilityDomain.PERCEPTION_SOCIAL, 2),
    DAILY_AFFAIRS(AbilityDomain.PERCEPTION_SOCIAL, 4),
    TRANSPORT(AbilityDomain.PERCEPTION_SOCIAL, 3),
    SOCIAL_INTERACTION(AbilityDomain.PERCEPTION_SOCIAL, 4);

    private final AbilityDomain domain;
    private final int max;

    AbilityItem(AbilityDomain domain, int max) {
        this.domain = domain;
        this.max = max;
    }

    public AbilityDomain domain() {
        return domain;
    }

    public int max() {
        return max;
    }
}
