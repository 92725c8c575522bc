package org.regionalhealth.dataspace.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.dataspace.catalogue.Delivery;
import org.regionalhealth.dataspace.catalogue.FieldKind;

/** A request as stored, with its product and, once approved, its contract. */
public record AccessRequest(
        long id,
        long productId,
        String productCode,
        String productName,
        String requester,
        String requesterName,
        Purpose purpose,
        String purposeDetail,
        List<FieldKind> fields,
        LocalDate periodFrom,
        LocalDate periodTo,
        String recipient,
        @Nullable String ethicsApproval,
        Delivery delivery,
        int uses,
        int days,
        RequestState state,
        Instant submittedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote,
        @Nullable Long contractId) {}
