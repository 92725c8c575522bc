package org.regionalhealth.consultation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of online follow-up.
 *
 * @param priorDiagnosisDays a follow-up rests on a diagnosis made at most this many days ago (the 细则 sets no limit;
 *     two years is the platform's choice, so a long-stable chronic patient sees the doctor in person now and then)
 * @param recordYears the consultation record is kept as an outpatient record (细则: ≥15 years)
 * @param messageYears text and images are kept (细则: ≥3 years)
 */
@ConfigurationProperties("rhp.consultation")
public record ConsultationProperties(
        @DefaultValue("730") int priorDiagnosisDays,
        @DefaultValue("15") int recordYears,
        @DefaultValue("3") int messageYears) {}
