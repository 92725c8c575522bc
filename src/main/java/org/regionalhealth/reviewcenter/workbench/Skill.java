package org.regionalhealth.reviewcenter.workbench;

/** What a review task needs of a pharmacist (issue 4 item 1: routing by skill). See {@link SkillRouting}. */
public enum Skill {
    TCM,
    ONCOLOGY,
    PAEDIATRICS,
    ANTIMICROBIAL,
    GENERAL;

    Skill() {}
}
