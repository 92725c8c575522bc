package org.regionalhealth.ecg.worklist;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.regionalhealth.ecg.signal.AecgWriter;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.ecg.signal.SyntheticEcg;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data of the ECG integration tests: a resident of the demo station account and aECG files for them. */
final class EcgFixtures {

    private EcgFixtures() {}

    /** ID number of an adult registered at the {@code ecg-station} account's station (the n-th of them, round the list). */
    static String stationResident(JdbcClient jdbc, int n) {
        var all = jdbc.sql(
                        """
                        select r.id_number from residents_resident r
                        join org_unit u on r.unit_path like u.path || '%'
                        join platform_account a on a.unit_id = u.id
                        where a.username = 'ecg-station' and r.birth_date <= ? order by r.id""")
                .param(LocalDate.of(1985, 1, 1))
                .query(String.class)
                .list();
        return all.get(n % all.size());
    }

    /** An inferior STEMI (0.3 mV in II, III, aVF) at 85 bpm, acquired on 1 December 2026 at 09:00. */
    static String stemi(String idNumber, long seed) {
        var record = SyntheticEcg.generate(SyntheticEcg.Spec.sinus(85, seed).withSt(Map.of(Lead.II, 0.3)));
        return AecgWriter.write(record.signal(), header(idNumber));
    }

    static String sinus(String idNumber, long seed) {
        return AecgWriter.write(
                SyntheticEcg.generate(SyntheticEcg.Spec.sinus(70, seed)).signal(), header(idNumber));
    }

    private static AecgWriter.Header header(String idNumber) {
        return new AecgWriter.Header(
                "test-" + idNumber, idNumber, null, null, LocalDateTime.of(2026, 12, 1, 9, 0), "测试心电图机");
    }
}
