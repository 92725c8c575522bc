package org.regionalhealth.eldercare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;

/** Family sickbeds (家庭病床): admission by the versioned criteria, visit plan and log, discharge; audited, in scope. */
public interface HomeBeds {

    /** The criteria in force today. */
    HomeBedRule rule();

    /** Doctors who may be responsible for a bed of this resident: prescribing staff of the resident's unit and its parent. */
    List<StaffMember> doctorsFor(long residentId, CurrentUser user);

    /**
     * Opens a bed.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code ELDERCARE_HOME_BED_INVALID} (400) with every bad
     *     field (no responsible doctor → on {@code doctor}), nothing stored; {@code ELDERCARE_HOME_BED_OPEN} (409)
     *     when the resident already has an open bed; 404 when the resident is outside the user's scope
     */
    HomeBed admit(NewHomeBed admission, CurrentUser user);

    Optional<HomeBed> find(long id, CurrentUser user);

    List<HomeBedVisit> visits(long bedId, CurrentUser user);

    /** Records a visit; a doctor's visit moves the next visit to the day plus the bed's interval. */
    HomeBedVisit recordVisit(
            long bedId,
            VisitKind kind,
            @Nullable String visitor,
            @Nullable String findings,
            @Nullable LocalDate on,
            CurrentUser user);

    HomeBed discharge(long bedId, @Nullable DischargeReason reason, @Nullable String note, CurrentUser user);

    /** Open beds of residents in the user's scope; {@code dueOnly}: the doctor's visit is due within a day or overdue. */
    PageResult<HomeBed> worklist(boolean dueOnly, CurrentUser user, int page, int size);

    /** Discharged beds in scope, the latest first. */
    PageResult<HomeBed> discharged(CurrentUser user, int page, int size);

    /** The resident's beds, newest first. */
    List<HomeBed> ofResident(long residentId, CurrentUser user);

    /** Open beds, visits due today or earlier, overdue visits and ended periods in the user's scope. */
    Figures figures(CurrentUser user);

    record Figures(long open, long due, long overdue, long periodEnded) {}
}
