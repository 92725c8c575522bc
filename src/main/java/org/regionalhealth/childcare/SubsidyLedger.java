package org.regionalhealth.childcare;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;

/**
 * The childcare subsidy ledger: rules as versioned data, applications (one per child, scheme and year), two review
 * steps (初审, 审核确认), payment batches that pay each approved application once, and reconciliation. The ledger is
 * district-wide: staff whose scope is not the whole district see nothing; residents see their own applications.
 */
public interface SubsidyLedger {

    /** Every rule version, newest first within a scheme. */
    List<SubsidyRule> rules();

    /** The rule version of a scheme that applies on the day of application. */
    Optional<SubsidyRule> currentRule(String scheme);

    /**
     * Files an application after checking every field and the scheme's eligibility rules.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code SUBSIDY_APPLICATION_INVALID} (400) with every bad
     *     field, {@code SUBSIDY_DUPLICATE} (409) when the child already has an application for the scheme and year
     */
    SubsidyApplication apply(NewApplication application, CurrentUser user);

    PageResult<SubsidyApplication> queue(
            @Nullable ApplicationState state, @Nullable String text, CurrentUser user, int page, int size);

    Optional<SubsidyApplication> find(long id, CurrentUser user);

    /** The next review step: 初审 (submitted → reviewed), then 审核确认 (reviewed → approved). */
    SubsidyApplication approve(long id, CurrentUser user);

    /** Returns an application to the applicant with a reason (required). */
    SubsidyApplication returnWithReason(long id, String reason, CurrentUser user);

    /** The next review step for each application that can take one; returns how many moved. */
    int approveAll(List<Long> ids, CurrentUser user);

    /**
     * Pays every approved application not yet paid in one batch. Calling again with the same key returns the same
     * batch; an application is never paid twice, whatever the number of batches.
     */
    PaymentBatch pay(String idempotencyKey, CurrentUser user);

    /** Checks a batch: each payment against its application and the amount its rule version gives. */
    Reconciliation reconcile(long batchId, CurrentUser user);

    PageResult<PaymentBatch> batches(CurrentUser user, int page, int size);

    Optional<PaymentBatch> batch(long id, CurrentUser user);

    /** The payments of a batch, for finance (the caller exports; audited). */
    List<Payment> payments(long batchId, CurrentUser user);

    /** Applications the resident filed, newest first. */
    List<SubsidyApplication> ofApplicant(long residentId);

    /** Applications for a child who is a registered resident, newest first. */
    List<SubsidyApplication> ofChild(long residentId);

    /** Applications per state (district-wide). */
    Map<ApplicationState, Long> countByState(CurrentUser user);
}
