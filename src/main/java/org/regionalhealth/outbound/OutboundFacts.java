package org.regionalhealth.outbound;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.regionalhealth.appointments.AppointmentAttended;
import org.regionalhealth.appointments.AppointmentBooked;
import org.regionalhealth.appointments.AppointmentCancelled;
import org.regionalhealth.childcare.ChildEnrolled;
import org.regionalhealth.childcare.SubsidyApplied;
import org.regionalhealth.childcare.SubsidyPaid;
import org.regionalhealth.consultation.OnlinePrescriptionScreened;
import org.regionalhealth.dataspace.DataReleased;
import org.regionalhealth.ecg.EcgReported;
import org.regionalhealth.eldercare.CapabilityAssessed;
import org.regionalhealth.eldercare.HomeBedAdmitted;
import org.regionalhealth.eldercare.HomeBedDischarged;
import org.regionalhealth.eldercare.PatientDied;
import org.regionalhealth.emergency.CardiacArrestRegistered;
import org.regionalhealth.healthcity.IndicatorSubmissionApproved;
import org.regionalhealth.populationscreening.ScreeningFollowUpRecorded;
import org.regionalhealth.populationscreening.ScreeningResultRecorded;
import org.regionalhealth.reviewcenter.PrescriptionReviewed;
import org.regionalhealth.reviewcenter.PrescriptionScreened;
import org.regionalhealth.vaccination.AefiReported;
import org.regionalhealth.vaccination.VaccinationGiven;
import org.regionalhealth.weight.WeightRedFlagRaised;

/**
 * The facts that leave the process, each with its topic and its message key. The key is the fact's business id
 * (prescription, vaccination record, arrest, recording …), so every fact about one thing lands in one partition and
 * keeps its order. Every type is an event record of a module's root package, published in the writing transaction
 * (ADR 0003); a rolled-back transaction publishes nothing.
 *
 * <p>Not externalised: facts internal to a module, {@code drugs.DrugKnowledgeUpdated} (published outside a
 * transaction, it never reaches the registry; each node reloads its own snapshot) and {@code emergency.AedRegistered}
 * / {@code ecg.EcgUploaded} (working steps whose outcome is the next fact).
 */
public final class OutboundFacts {

    private static final Map<Class<?>, Function<Object, Object>> KEYS = new LinkedHashMap<>();

    static {
        key(PrescriptionScreened.class, PrescriptionScreened::prescriptionId);
        key(PrescriptionReviewed.class, PrescriptionReviewed::prescriptionId);
        key(OnlinePrescriptionScreened.class, OnlinePrescriptionScreened::prescriptionId);
        key(VaccinationGiven.class, VaccinationGiven::recordId);
        key(AefiReported.class, AefiReported::aefiId);
        key(CardiacArrestRegistered.class, CardiacArrestRegistered::arrestId);
        key(EcgReported.class, EcgReported::recordingId);
        key(AppointmentBooked.class, AppointmentBooked::appointmentId);
        key(AppointmentCancelled.class, AppointmentCancelled::appointmentId);
        key(AppointmentAttended.class, AppointmentAttended::appointmentId);
        key(HomeBedAdmitted.class, HomeBedAdmitted::bedId);
        key(HomeBedDischarged.class, HomeBedDischarged::bedId);
        key(PatientDied.class, PatientDied::patientId);
        key(CapabilityAssessed.class, CapabilityAssessed::assessmentId);
        key(ChildEnrolled.class, ChildEnrolled::enrolmentId);
        key(SubsidyApplied.class, SubsidyApplied::applicationId);
        key(SubsidyPaid.class, SubsidyPaid::batchId);
        key(ScreeningResultRecorded.class, ScreeningResultRecorded::participantId);
        key(ScreeningFollowUpRecorded.class, ScreeningFollowUpRecorded::participantId);
        key(WeightRedFlagRaised.class, WeightRedFlagRaised::alertId);
        key(IndicatorSubmissionApproved.class, IndicatorSubmissionApproved::submissionId);
        key(DataReleased.class, DataReleased::releaseId);
    }

    private OutboundFacts() {}

    @SuppressWarnings("unchecked")
    private static <T> void key(Class<T> type, Function<T, Object> key) {
        KEYS.put(type, event -> key.apply((T) event));
    }

    /** The externalised event types, in the order above. */
    public static Set<Class<?>> types() {
        return KEYS.keySet();
    }

    /** Whether this event leaves the process. */
    public static boolean externalised(Object event) {
        return KEYS.containsKey(event.getClass());
    }

    /** The message key of an externalised event: its business id. */
    public static Optional<String> keyOf(Object event) {
        return Optional.ofNullable(KEYS.get(event.getClass())).map(key -> String.valueOf(key.apply(event)));
    }

    /**
     * {@code <prefix>.<module>.<event-in-kebab-case>}: {@code rhp.reviewcenter.prescription-screened},
     * {@code rhp.vaccination.vaccination-given}.
     */
    public static String topicOf(String prefix, Class<?> type) {
        String pkg = type.getPackageName();
        String module = pkg.substring(pkg.lastIndexOf('.') + 1);
        String kebab =
                type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        return prefix + "." + module + "." + kebab;
    }
}
