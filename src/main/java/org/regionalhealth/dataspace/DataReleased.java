package org.regionalhealth.dataspace;

import java.time.Instant;

/**
 * Data left the data space under a contract: an aggregate query answered or a de-identified file released (for the
 * usage statistics a data exchange registration asks for, and for audit dashboards).
 *
 * @param releaseId the release row
 * @param contractId the contract it was made under
 * @param productCode the data product
 * @param kind {@code QUERY} or {@code FILE}
 * @param rows rows or cells released
 * @param k the k the release met
 * @param at when
 */
public record DataReleased(
        long releaseId, long contractId, String productCode, String kind, int rows, int k, Instant at) {}
