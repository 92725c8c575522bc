package org.regionalhealth.eldercare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;

/**
 * Hospice care (安宁疗护): designated wards, referral, admission, ESAS-r symptom scores, death and bereavement
 * follow-up. A patient is seen by the staff of the ward and by the staff managing the resident; audited.
 */
public interface Hospice {

    /** Designates (or re-sizes) a ward at a hospital or health centre. */
    void designate(long unitId, int beds, LocalDate on);

    /** Every designated ward of the district with beds in use and referrals waiting. */
    List<HospiceWard> wards();

    /**
     * Refers a resident to a ward.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code ELDERCARE_HOSPICE_INVALID} (400) with every bad
     *     field; {@code ELDERCARE_HOSPICE_ACTIVE} (409) when the resident is already referred or admitted
     */
    HospicePatient refer(
            long residentId,
            @Nullable Long wardUnitId,
            @Nullable String diagnosis,
            @Nullable Integer pps,
            boolean consent,
            @Nullable LocalDate on,
            CurrentUser user);

    /** Admits a referred patient to a free bed of the ward (only the ward's staff). */
    HospicePatient admit(long patientId, @Nullable String bedNo, @Nullable LocalDate on, CurrentUser user);

    /** The ward does not admit (reason required). */
    HospicePatient decline(long patientId, @Nullable String reason, CurrentUser user);

    /** Records an ESAS-r rating of an admitted patient; every missing item on its field. */
    SymptomScore score(long patientId, Map<SymptomItem, Integer> scores, @Nullable LocalDate on, CurrentUser user);

    /** Records the death of an admitted patient and plans the bereavement follow-ups. */
    HospicePatient died(
            long patientId,
            @Nullable LocalDate on,
            @Nullable PlaceOfDeath place,
            @Nullable String note,
            CurrentUser user);

    /** Records a bereavement contact as done. */
    BereavementFollowUp followedUp(long followUpId, @Nullable String contact, @Nullable String note, CurrentUser user);

    Optional<HospicePatient> find(long id, CurrentUser user);

    List<SymptomScore> scores(long patientId, CurrentUser user);

    List<BereavementFollowUp> bereavement(long patientId, CurrentUser user);

    /** Patients in the user's scope (ward or resident), optionally of one state and ward, newest first. */
    PageResult<HospicePatient> patients(
            @Nullable HospiceState state, @Nullable Long wardUnitId, CurrentUser user, int page, int size);

    /** Bereavement follow-ups due (not done, due on or before the day) of patients in the user's scope. */
    PageResult<BereavementFollowUp> followUpsDue(LocalDate by, CurrentUser user, int page, int size);

    /** The resident's hospice episodes, newest first. */
    List<HospicePatient> ofResident(long residentId, CurrentUser user);
}
