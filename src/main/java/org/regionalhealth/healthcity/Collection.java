package org.regionalhealth.healthcity;

/** How an indicator's values come in. */
public enum Collection {
    /** 平台计算: from the platform's own modules through their APIs. */
    PLATFORM,
    /** 部门填报: a department submits a form with evidence; two-level approval. */
    FORM
}
