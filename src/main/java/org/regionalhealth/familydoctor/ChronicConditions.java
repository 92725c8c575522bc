package org.regionalhealth.familydoctor;

/**
 * The chronic conditions a resident's family doctor manages, for modules that adapt their advice to them (the weight
 * plan of issue 22 caps the energy deficit of a diabetic and adds the salt limit for hypertension). Only the fact of
 * active management, no readings: not a read of the follow-up record, so not audited here.
 */
public interface ChronicConditions {

    /** The conditions under active management (status ACTIVE) for this resident; both false when none. */
    Managed of(long residentId);

    /**
     * @param hypertension 高血压 under management
     * @param diabetes 2型糖尿病 under management
     */
    record Managed(boolean hypertension, boolean diabetes) {

        public static final Managed NONE = new Managed(false, false);
    }
}
