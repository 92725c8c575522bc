package org.regionalhealth.dataspace.source;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One synthetic person-level row of the source (demo data written by the seeder; never read whole by any endpoint). */
public record Subject(
        String idNumber,
        String name,
        String phone,
        String address,
        LocalDate birthDate,
        char sex,
        String townCode,
        String townName,
        LocalDate visitDate,
        String diagnosis,
        int sbp,
        int dbp,
        BigDecimal fastingGlucose,
        BigDecimal hba1c,
        BigDecimal bmi,
        Consent consent) {}
