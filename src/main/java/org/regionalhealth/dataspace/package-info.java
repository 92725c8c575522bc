/**
 * 可信数据空间 trusted health data space (issue 23, items 4–7): a DCAT-style catalogue of the district's health
 * datasets and data products; purpose-bound access requests decided by a data steward, each approval an ODRL-style
 * contract (purpose, expiry, use count, no re-identification, no onward transfer) checked on every access; releases
 * de-identified by construction (direct identifiers removed, quasi-identifiers generalised) behind a k-anonymity
 * gate; query-only aggregates with small-cell suppression and optional Laplace noise; CSV files of the generalised
 * table; usage statistics per product. The released tables come from a synthetic person-level source owned by this
 * module (docs/data-space.md).
 *
 * <p>Facts for others: {@link org.regionalhealth.dataspace.DataReleased}.
 */
@ApplicationModule(
        displayName = "可信数据空间 Trusted health data space",
        allowedDependencies = {"platform", "org"})
package org.regionalhealth.dataspace;

import org.springframework.modulith.ApplicationModule;
