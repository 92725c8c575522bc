package org.regionalhealth.residents.index;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIdentities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ResidentIdentities} on the resident index's table: an exact match on ID number and name, audited. */
@Component
class JdbcResidentIdentities implements ResidentIdentities {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcResidentIdentities(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<Resident> matching(String name, String idNumber, CurrentUser user, String purpose) {
        String number = idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
        String given = name == null ? "" : name.strip();
        if (number.length() != 18 || given.isEmpty()) {
            return Optional.empty();
        }
        var found = jdbc.sql("select " + ResidentRegistry.COLUMNS + " from residents_resident where id_number = ?")
                .param(number)
                .query(ResidentRegistry::resident)
                .optional()
                .filter(r -> r.name().equals(given));
        found.ifPresent(r -> audit.record(AuditLog.Action.READ, "resident", List.of(r.id()), purpose));
        return found;
    }

    @Override
    public Optional<Resident> linked(long id, CurrentUser user, String purpose) {
        var found = jdbc.sql("select " + ResidentRegistry.COLUMNS + " from residents_resident where id = ?")
                .param(id)
                .query(ResidentRegistry::resident)
                .optional();
        found.ifPresent(r -> audit.record(AuditLog.Action.READ, "resident", List.of(r.id()), purpose));
        return found;
    }
}
