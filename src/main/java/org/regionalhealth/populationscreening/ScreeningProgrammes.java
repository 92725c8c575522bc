package org.regionalhealth.populationscreening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;

/**
 * The screening mechanism every programme runs through. Every method limits itself to the user's scope; reads and
 * writes of a person are audited.
 */
public interface ScreeningProgrammes {

    /**
     * Invites the programme's cohort within the user's scope on the day (not after today): for colorectal everyone of
     * the configured ages in the day's year (round = year), for autism every child at a screening age (round = that
     * age). Idempotent: a resident already in the round is not invited again.
     *
     * @return how many residents were newly invited
     */
    int invite(Programme programme, LocalDate on, CurrentUser user);

    /**
     * Records the first stage; positive → referred with the programme's clock, negative → done.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code POPULATIONSCREENING_INVALID} (400) with every bad
     *     field, {@code POPULATIONSCREENING_STATE} (409) when the participant is not waiting for a first stage
     */
    Participant recordFirstStage(long participantId, FirstStage firstStage, CurrentUser user);

    /** Records the diagnostic step of a referred participant. */
    Participant recordFollowUp(long participantId, FollowUp followUp, CurrentUser user);

    /** The participant refuses: the first stage when invited, the diagnostic step when referred. */
    Participant decline(long participantId, @Nullable String note, CurrentUser user);

    Optional<Participant> find(long participantId, CurrentUser user);

    List<Transition> history(long participantId, CurrentUser user);

    /** The family doctor's list: residents in scope due, positive or overdue, oldest first. */
    PageResult<Participant> worklist(
            @Nullable Programme programme, WorklistView view, CurrentUser user, int page, int size);

    /** Counts per list for the user's scope (no person read: not audited). */
    java.util.Map<WorklistView, Long> worklistCounts(@Nullable Programme programme, CurrentUser user);

    /** Figures of invitations made in the year, by town, within the user's scope. */
    ProgrammeFigures figures(Programme programme, int year, CurrentUser user);

    /** Years with invitations in the user's scope, newest first. */
    List<Integer> years(Programme programme, CurrentUser user);

    /**
     * A school's health teacher records a pupil's spine screen (programme {@code SPINE}) by the pupil's ID number: the
     * pupil must be waiting in a round of the programme (invited by the CDC from the resident index). The result
     * belongs to the teacher's school from then on; the family doctor of the pupil sees a positive on the worklist.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code POPULATIONSCREENING_INVALID} (400) with every bad
     *     field, the ID number's included
     */
    Participant recordSchoolResult(SchoolResult result, CurrentUser user);

    /**
     * A school's file of results, all or nothing: every line is checked, and when one is wrong nothing is stored and
     * the problem lists every wrong line (field {@code file}).
     *
     * @return how many results were stored
     */
    int importSchoolResults(List<SchoolResult> results, CurrentUser user);

    /** The results the user's school recorded, newest first. */
    PageResult<Participant> schoolResults(CurrentUser user, int page, int size);

    /** A resident's participations, newest first (health record). */
    List<Participant> ofResident(long residentId, CurrentUser user);
}
