/**
 * The formats a HIS speaks to screening in, all stateless: the REST request
 * ({@link org.regionalhealth.screening.formats.PrescriptionRequest}, resolved against the organisation tree by
 * {@link org.regionalhealth.screening.formats.PrescriptionRequests}), FHIR R4 resources
 * ({@link org.regionalhealth.screening.formats.FhirPrescriptions}), CDS Hooks cards
 * ({@link org.regionalhealth.screening.formats.Cards}) and the patient data collected from any of them with what is
 * missing ({@link org.regionalhealth.screening.formats.PatientIntake}). The endpoints, and whatever they store, belong
 * to {@code reviewcenter} (docs/adr/0012-screening-and-review-center.md).
 */
@NamedInterface("formats")
package org.regionalhealth.screening.formats;

import org.springframework.modulith.NamedInterface;
