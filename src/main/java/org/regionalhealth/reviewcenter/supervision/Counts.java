package org.regionalhealth.reviewcenter.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The summed counts of one row of the supervision table (a unit, department, doctor, month or the total), from which
 * every indicator is computed ({@link Indicator}; definitions in docs/indicators.md).
 */
public record Counts(
        long prescriptions,
        long screened,
        long flagged,
        long queued,
        long reviewed,
        long approved,
        long returned,
        long timeouts,
        long breached,
        long signatureRequests,
        long doubleSigned,
        long modifiedAfterReturn) {

    static final String SUMS =
            """
            coalesce(sum(prescriptions), 0) prescriptions, coalesce(sum(screened), 0) screened,
            coalesce(sum(flagged), 0) flagged, coalesce(sum(queued), 0) queued, coalesce(sum(reviewed), 0) reviewed,
            coalesce(sum(approved), 0) approved, coalesce(sum(returned), 0) returned,
            coalesce(sum(timeouts), 0) timeouts, coalesce(sum(breached), 0) breached,
            coalesce(sum(signature_requests), 0) signature_requests, coalesce(sum(double_signed), 0) double_signed,
            coalesce(sum(modified_after_return), 0) modified_after_return""";

    static Counts read(ResultSet rs) throws SQLException {
        return new Counts(
                rs.getLong("prescriptions"),
                rs.getLong("screened"),
                rs.getLong("flagged"),
                rs.getLong("queued"),
                rs.getLong("reviewed"),
                rs.getLong("approved"),
                rs.getLong("returned"),
                rs.getLong("timeouts"),
                rs.getLong("breached"),
                rs.getLong("signature_requests"),
                rs.getLong("double_signed"),
                rs.getLong("modified_after_return"));
    }

    /** These counts plus another row's. */
    public Counts plus(Counts o) {
        return new Counts(
                prescriptions + o.prescriptions,
                screened + o.screened,
                flagged + o.flagged,
                queued + o.queued,
                reviewed + o.reviewed,
                approved + o.approved,
                returned + o.returned,
                timeouts + o.timeouts,
                breached + o.breached,
                signatureRequests + o.signatureRequests,
                doubleSigned + o.doubleSigned,
                modifiedAfterReturn + o.modifiedAfterReturn);
    }

    /** The value of an indicator for these counts. */
    public Indicator.Value value(Indicator indicator) {
        return indicator.of(this);
    }
}
