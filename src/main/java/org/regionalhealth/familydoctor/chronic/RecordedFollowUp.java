package org.regionalhealth.familydoctor.chronic;

import org.jspecify.annotations.Nullable;

/** A stored follow-up with its outcome, and the referral it opened if any. */
public record RecordedFollowUp(long followUpId, long patientId, FollowUpOutcome outcome, @Nullable Long referralId) {}
