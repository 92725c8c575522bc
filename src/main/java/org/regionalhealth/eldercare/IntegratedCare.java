package org.regionalhealth.eldercare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;

/**
 * 医养结合 care plans across home, nursing home and hospital with caregivers' service logs, and home rehabilitation
 * episodes (start, goals, sessions, end). Every query within the user's scope, audited; every bad field refused at
 * once with nothing stored.
 */
public interface IntegratedCare {

    /** The service catalogue a plan chooses from. */
    List<String> catalogue();

    CarePlan createPlan(
            long residentId,
            @Nullable CareSetting setting,
            @Nullable Long placeUnitId,
            @Nullable String goals,
            List<String> services,
            @Nullable LocalDate startsOn,
            CurrentUser user);

    /** Moves an active plan to another setting (e.g. home → hospital after an admission). */
    CarePlan move(long planId, @Nullable CareSetting setting, @Nullable Long placeUnitId, CurrentUser user);

    ServiceLog log(
            long planId,
            @Nullable String caregiver,
            @Nullable String service,
            @Nullable Integer minutes,
            @Nullable String note,
            @Nullable LocalDate on,
            CurrentUser user);

    CarePlan closePlan(long planId, CurrentUser user);

    Optional<CarePlan> plan(long id, CurrentUser user);

    List<ServiceLog> logs(long planId, CurrentUser user);

    PageResult<CarePlan> plans(@Nullable CareSetting setting, CurrentUser user, int page, int size);

    RehabEpisode startRehab(
            long residentId,
            @Nullable String condition,
            @Nullable String goals,
            @Nullable String therapist,
            @Nullable Integer plannedSessions,
            @Nullable LocalDate startedOn,
            CurrentUser user);

    RehabSession session(
            long episodeId,
            @Nullable String therapist,
            @Nullable String content,
            @Nullable Integer minutes,
            @Nullable LocalDate on,
            CurrentUser user);

    RehabEpisode endRehab(long episodeId, @Nullable RehabOutcome outcome, @Nullable String note, CurrentUser user);

    Optional<RehabEpisode> episode(long id, CurrentUser user);

    List<RehabSession> sessions(long episodeId, CurrentUser user);

    PageResult<RehabEpisode> episodes(boolean activeOnly, CurrentUser user, int page, int size);

    List<CarePlan> plansOf(long residentId, CurrentUser user);

    List<RehabEpisode> episodesOf(long residentId, CurrentUser user);

    /** Active plans by setting, services logged in the last 30 days, active and ended rehabilitation episodes. */
    Figures figures(CurrentUser user);

    record Figures(long home, long nursingHome, long hospital, long logs30, long rehabActive, long rehabEnded) {}
}
