package org.regionalhealth.residents.index;

import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentCohorts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Birth-date cohorts within the user's scope (issue 21: population screening invitations). */
@Service
class JdbcResidentCohorts implements ResidentCohorts {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcResidentCohorts(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public List<Resident> bornBetween(
            LocalDate bornFrom, LocalDate bornTo, CurrentUser user, long afterId, int limit, String purpose) {
        if (user.scope().isResidentOnly()) {
            return List.of();
        }
        var found = jdbc.sql("select " + ResidentRegistry.COLUMNS
                        + " from residents_resident where birth_date between ? and ? and unit_path like ? and id > ?"
                        + " order by id limit ?")
                .params(bornFrom, bornTo, user.scope().likePattern(), afterId, Math.min(Math.max(limit, 1), 1000))
                .query(ResidentRegistry::resident)
                .list();
        if (!found.isEmpty() && user.channel() != CurrentUser.Channel.SYSTEM) {
            audit.record(
                    AuditLog.Action.SEARCH,
                    "resident",
                    found.stream().map(Resident::id).toList(),
                    purpose);
        }
        return found;
    }
}
