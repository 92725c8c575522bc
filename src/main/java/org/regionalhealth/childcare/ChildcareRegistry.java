package org.regionalhealth.childcare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;

/**
 * The registry of childcare institutions, the places-per-1,000 figures and the enrolment of children. Every query is
 * limited to the user's {@code DataScope}; reads and writes of children's data are audited.
 */
public interface ChildcareRegistry {

    /** Institutions in scope matching a part of the name, a town and a filing state, ordered by town and name. */
    PageResult<Institution> search(
            @Nullable String text,
            @Nullable String townCode,
            @Nullable FilingState state,
            CurrentUser user,
            int page,
            int size);

    Optional<Institution> find(long unitId, CurrentUser user);

    /**
     * Records (or updates) the filing, places and staff of a childcare unit.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code CHILDCARE_PROFILE_INVALID} with the bad fields
     */
    void register(long unitId, InstitutionProfile profile, CurrentUser user);

    long recordInspection(long unitId, LocalDate inspectedOn, InspectionResult result, String note, CurrentUser user);

    List<Inspection> inspections(long unitId, CurrentUser user);

    /** Places per 1,000 residents by town and for the district, against the national target. */
    PlacesOverview places(CurrentUser user);

    /** Records a town's resident population (the denominator), with its year and source. */
    void setPopulation(String townCode, int population, int year, String source);

    /**
     * Enrols a child by the 18-digit ID number (GB 11643, checked), under 3 on the day of enrolment.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code CHILDCARE_ENROLMENT_INVALID} with the bad fields,
     *     {@code CHILDCARE_ALREADY_ENROLLED} (409) when the child is enrolled elsewhere
     */
    Enrolment enrol(long unitId, String childIdNumber, String childName, LocalDate enrolledOn, CurrentUser user);

    PageResult<Enrolment> enrolments(long unitId, CurrentUser user, int page, int size);

    /** Whether the child is enrolled, on the day, in a filed institution (the young-worker allowance asks). */
    boolean enrolledInFiledInstitution(String childIdNumber, LocalDate day);

    /** Enrolments of a resident (the health record), newest first; the caller audits. */
    List<Enrolment> enrolmentsOfResident(long residentId);

    /** Institutions in the registry (district-wide). */
    long count();
}
