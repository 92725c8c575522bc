package org.regionalhealth.ecg.callback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.ecg.CriticalFinding;
import org.regionalhealth.ecg.EcgCriticalFindingCalledBack;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call-back of a critical ECG finding: the sending station is called and the chest-pain centre of the station's
 * medical community alerted in the reporting transaction; the station's confirmation and the centre's steps (taken,
 * patient at the door, reperfusion or treatment) are recorded one by one with who and when. The centres are data
 * ({@code ecg/chest-pain-centres.csv}, hospital unit codes with their level and source).
 */
@Service
public class CallBacks {

    static final String CENTRES = "ecg/chest-pain-centres.csv";

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<String[]> centreRows;

    CallBacks(
            JdbcClient jdbc,
            Organizations organizations,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.centreRows = readCentres();
    }

    private static List<String[]> readCentres() {
        var rows = new ArrayList<String[]>();
        try (var in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(CENTRES).getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", 4));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }

    /** The chest-pain centres whose hospital exists in the organisation tree, in the file's order. */
    public List<ChestPainCentre> centres() {
        var centres = new ArrayList<ChestPainCentre>();
        for (String[] row : centreRows) {
            organizations
                    .findByCode(row[0].strip())
                    .ifPresent(unit -> centres.add(new ChestPainCentre(
                            unit, "STANDARD".equals(row[1].strip()), Boolean.parseBoolean(row[2].strip()), row[3])));
        }
        return centres;
    }

    /**
     * The centre that takes a station's critical findings: the centre inside the station's medical community, else
     * the first standard (PCI-capable) centre of the district.
     */
    public Optional<ChestPainCentre> centreFor(long stationUnitId) {
        var centres = centres();
        var community = organizations.medicalCommunityOf(stationUnitId);
        return community
                .flatMap(mc -> centres.stream()
                        .filter(c -> c.unit().path().startsWith(mc.path()))
                        .findFirst())
                .or(() -> centres.stream().filter(ChestPainCentre::standard).findFirst())
                .or(() -> centres.stream().findFirst());
    }

    /**
     * Starts the call-back of a critical finding inside the reporting transaction: the station called, the centre
     * alerted (both steps recorded at {@code at}), {@link EcgCriticalFindingCalledBack} published.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void start(
            long recordingId,
            long residentId,
            long stationUnitId,
            String stationName,
            CriticalFinding finding,
            Instant ecgAt,
            String conclusion,
            CurrentUser physician,
            Instant at) {
        var centre = centreFor(stationUnitId)
                .orElseThrow(() -> PlatformException.conflict("ECG_NO_CHEST_PAIN_CENTRE", "未配置胸痛中心，无法发送危急值预警"));
        Instant clockStart = ecgAt.isAfter(at) ? at : ecgAt;
        jdbc.sql(
                        """
                        insert into ecg_chest_pain_alert (recording_id, finding, resident_id, station_unit_id,
                          station_name, centre_code, centre_unit_id, centre_unit_path, centre_name, conclusion,
                          reported_by_name, ecg_at, notified_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        recordingId,
                        finding.name(),
                        residentId,
                        stationUnitId,
                        stationName,
                        centre.unit().code(),
                        centre.unit().id(),
                        centre.unit().path(),
                        centre.unit().name(),
                        conclusion,
                        physician.displayName(),
                        Timestamp.from(clockStart),
                        Timestamp.from(at))
                .update();
        step(recordingId, CallBackStep.STATION_CALLED, physician, at);
        step(recordingId, CallBackStep.CENTRE_NOTIFIED, physician, at);
        events.publishEvent(new EcgCriticalFindingCalledBack(
                recordingId,
                residentId,
                stationUnitId,
                finding,
                clockStart,
                centre.unit().id(),
                at));
    }

    /** Records the station's confirmation (once). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void stationConfirmed(long recordingId, CurrentUser station, Instant at) {
        step(recordingId, CallBackStep.STATION_CONFIRMED, station, at);
    }

    /** Every recorded step of an ECG's call-back, in time order (the caller has checked scope and audits). */
    public List<StepEntry> steps(long recordingId) {
        return jdbc.sql("select step, at, by_name from ecg_callback_step where recording_id = ? order by at, id")
                .param(recordingId)
                .query((rs, n) -> new StepEntry(
                        CallBackStep.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3)))
                .list();
    }

    /** The chest-pain centre's alert of an ECG, if it had a critical finding (the caller has checked scope). */
    public Optional<ChestPainAlert> alert(long recordingId) {
        return jdbc.sql("select * from ecg_chest_pain_alert where recording_id = ?")
                .param(recordingId)
                .query(CallBacks::map)
                .optional();
    }

    /**
     * The alerts of the centres in the user's scope: running clocks oldest first, or finished ones newest first.
     */
    public PageResult<ChestPainAlert> alerts(CurrentUser user, boolean open, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        String where = open ? "treated_at is null" : "treated_at is not null";
        String order = open ? "ecg_at, recording_id" : "treated_at desc, recording_id desc";
        long total = jdbc.sql("select count(*) from ecg_chest_pain_alert where centre_unit_path like ? and " + where)
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
        var items = jdbc.sql("select * from ecg_chest_pain_alert where centre_unit_path like ? and " + where
                        + " order by " + order + " limit ? offset ?")
                .params(user.scope().likePattern(), bounded, (long) Math.max(0, page) * bounded)
                .query(CallBacks::map)
                .list();
        if (!items.isEmpty()) {
            audit.record(
                    AuditLog.Action.SEARCH,
                    "ecg_recording",
                    items.stream().map(ChestPainAlert::recordingId).toList(),
                    "胸痛中心危急值预警");
        }
        return new PageResult<>(items, total, Math.max(0, page), bounded);
    }

    /** Whether the user's scope covers the chest-pain centre alerted about this ECG (the centre may view the ECG). */
    public boolean centreCovers(long recordingId, CurrentUser user) {
        return jdbc.sql("select centre_unit_path from ecg_chest_pain_alert where recording_id = ?")
                .param(recordingId)
                .query(String.class)
                .optional()
                .map(path -> !user.scope().isResidentOnly() && user.scope().covers(path))
                .orElse(false);
    }

    /** Running alerts of the centres in the user's scope (home page; not a read of anyone's record). */
    public long countOpen(CurrentUser user) {
        return jdbc.sql(
                        "select count(*) from ecg_chest_pain_alert where centre_unit_path like ? and treated_at is null")
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
    }

    /**
     * The centre records its next step: taken, patient at the door, treated. Only a hospital doctor of the centre;
     * steps in order; recording a step already recorded changes nothing.
     *
     * @throws PlatformException {@code CHEST_PAIN_STEP_ORDER} (409) for a step out of order
     */
    @Transactional
    public ChestPainAlert advance(long recordingId, CallBackStep step, CurrentUser user) {
        if (user.role() != Role.HOSPITAL_DOCTOR) {
            throw PlatformException.forbidden("CHEST_PAIN_CENTRE_ONLY", "只有胸痛中心的医生可以记录处置步骤");
        }
        var alert = scoped(recordingId, user);
        String column =
                switch (step) {
                    case CENTRE_ACKNOWLEDGED -> "acknowledged_at";
                    case PATIENT_ARRIVED -> "arrived_at";
                    case TREATED -> "treated_at";
                    default -> throw PlatformException.invalid("CHEST_PAIN_STEP_INVALID", "胸痛中心不能记录此步骤");
                };
        Instant already =
                switch (step) {
                    case CENTRE_ACKNOWLEDGED -> alert.acknowledgedAt();
                    case PATIENT_ARRIVED -> alert.arrivedAt();
                    default -> alert.treatedAt();
                };
        if (already != null) {
            return alert;
        }
        if (alert.nextStep() != step) {
            throw PlatformException.conflict("CHEST_PAIN_STEP_ORDER", "请先记录：" + label(alert.nextStep()));
        }
        Instant now = Instant.now(clock);
        jdbc.sql("update ecg_chest_pain_alert set " + column + " = ? where recording_id = ? and " + column + " is null")
                .params(Timestamp.from(now), recordingId)
                .update();
        step(recordingId, step, user, now);
        audit.record(AuditLog.Action.UPDATE, "ecg_recording", List.of(recordingId), "胸痛中心记录处置步骤");
        return alert(recordingId).orElseThrow();
    }

    private static String label(@Nullable CallBackStep step) {
        return step == null
                ? "已完成"
                : switch (step) {
                    case CENTRE_ACKNOWLEDGED -> "接收预警";
                    case PATIENT_ARRIVED -> "患者到院";
                    default -> "再灌注/处置完成";
                };
    }

    private ChestPainAlert scoped(long recordingId, CurrentUser user) {
        return jdbc.sql("select centre_unit_path from ecg_chest_pain_alert where recording_id = ?")
                .param(recordingId)
                .query(String.class)
                .optional()
                .filter(path -> user.scope().covers(path))
                .flatMap(path -> alert(recordingId))
                .orElseThrow(() -> PlatformException.notFound("ECG_ALERT_NOT_FOUND", "危急值预警不存在或不在您的权限范围内"));
    }

    private void step(long recordingId, CallBackStep step, CurrentUser who, Instant at) {
        jdbc.sql(
                        """
                        insert into ecg_callback_step (recording_id, step, at, by_username, by_name)
                        values (?, ?, ?, ?, ?) on conflict (recording_id, step) do nothing""")
                .params(recordingId, step.name(), Timestamp.from(at), who.username(), who.displayName())
                .update();
    }

    private static ChestPainAlert map(ResultSet rs, int row) throws SQLException {
        return new ChestPainAlert(
                rs.getLong("recording_id"),
                CriticalFinding.valueOf(rs.getString("finding")),
                rs.getLong("resident_id"),
                rs.getString("station_name"),
                rs.getString("centre_name"),
                rs.getString("conclusion"),
                rs.getString("reported_by_name"),
                rs.getTimestamp("ecg_at").toInstant(),
                rs.getTimestamp("notified_at").toInstant(),
                instant(rs, "acknowledged_at"),
                instant(rs, "arrived_at"),
                instant(rs, "treated_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
