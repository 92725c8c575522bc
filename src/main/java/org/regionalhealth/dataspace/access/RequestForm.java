package org.regionalhealth.dataspace.access;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A researcher's request as typed (page form or JSON); {@link AccessRequests#submit} checks every field at once.
 *
 * @param purpose a {@link Purpose} name
 * @param purposeDetail the study or task, in the requester's words
 * @param fields field names ({@code FieldKind}) of the product
 * @param periodFrom first day of data asked for
 * @param periodTo last day of data asked for
 * @param recipient the organisation that receives the data
 * @param ethicsApproval ethics approval number (required for scientific research)
 * @param delivery {@code QUERY} or {@code FILE}
 * @param uses accesses asked for
 * @param days how long the contract should run
 */
public record RequestForm(
        long productId,
        @Nullable String purpose,
        @Nullable String purposeDetail,
        @Nullable List<String> fields,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        @Nullable String recipient,
        @Nullable String ethicsApproval,
        @Nullable String delivery,
        @Nullable Integer uses,
        @Nullable Integer days) {}
