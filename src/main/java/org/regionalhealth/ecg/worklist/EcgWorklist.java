package org.regionalhealth.ecg.worklist;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.ecg.CriticalFinding;
import org.regionalhealth.ecg.EcgProperties;
import org.regionalhealth.ecg.EcgReported;
import org.regionalhealth.ecg.EcgUploaded;
import org.regionalhealth.ecg.callback.CallBacks;
import org.regionalhealth.ecg.preread.PreRead;
import org.regionalhealth.ecg.preread.PreReader;
import org.regionalhealth.ecg.preread.StemiCriteria;
import org.regionalhealth.ecg.signal.AecgParser;
import org.regionalhealth.ecg.signal.EcgFileRejected;
import org.regionalhealth.ecg.signal.EcgSignal;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading centre's worklist: stations upload (the file parsed, validated and pre-read, or refused whole with
 * nothing stored), ECG physicians of the medical community claim (one physician per ECG: a conditional update) and
 * report; a critical report starts the call-back that the station confirms. Every query is limited to the user's
 * scope (a station sees its own ECGs, a physician those of the stations under their medical community); every read
 * and write of a patient's ECG is audited.
 */
@Service
public class EcgWorklist {

    /** Roles that send ECGs from a station. */
    static final List<Role> SENDERS = List.of(Role.STATION_DOCTOR, Role.HOSPITAL_DOCTOR, Role.SERVICE);

    private final JdbcClient jdbc;
    private final ResidentIndex residents;
    private final Organizations organizations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AecgParser parser;
    private final PreReader reader;
    private final CallBacks callBacks;

    EcgWorklist(
            JdbcClient jdbc,
            ResidentIndex residents,
            Organizations organizations,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            EcgProperties properties,
            CallBacks callBacks) {
        this.callBacks = callBacks;
        this.jdbc = jdbc;
        this.residents = residents;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.parser = new AecgParser(properties.minDurationSeconds(), properties.maxDurationSeconds());
        this.reader = new PreReader(StemiCriteria.standard(), properties.afIrregularity());
    }

    /** The ECG as uploaded now. */
    @Transactional
    public Recording upload(byte[] aecg, CurrentUser sender) {
        return upload(aecg, sender, Instant.now(clock));
    }

    /**
     * Parses, validates and pre-reads an HL7 aECG from the sender's station and queues it; a bad file or a patient
     * who is not a resident in the sender's scope is refused whole ({@link EcgFileRejected}) and nothing is stored.
     */
    @Transactional
    public Recording upload(byte[] aecg, CurrentUser sender, Instant uploadedAt) {
        requireSender(sender);
        var parsed = parser.parse(aecg);
        var resident = residents.search(parsed.subjectId(), sender, 1, "上传心电图").stream()
                .filter(r -> r.idNumber().equalsIgnoreCase(parsed.subjectId()))
                .findFirst()
                .map(r -> new Patient(r.id(), r.idNumber(), r.sex(), r.birthDate(), r.unitPath()))
                .orElseThrow(() -> unknownPatient(parsed.subjectId()));
        return store(aecg, parsed, resident, sender, uploadedAt);
    }

    /**
     * The patient of the file known already (the demo, which has no logged-in user to audit a resident search): the
     * file's patient id must be this patient's and the patient must lie in the sender's scope.
     */
    @Transactional
    public Recording upload(byte[] aecg, Patient patient, CurrentUser sender, Instant uploadedAt) {
        requireSender(sender);
        var parsed = parser.parse(aecg);
        if (!patient.idNumber().equalsIgnoreCase(parsed.subjectId())
                || !sender.scope().covers(patient.unitPath())) {
            throw unknownPatient(parsed.subjectId());
        }
        return store(aecg, parsed, patient, sender, uploadedAt);
    }

    private static EcgFileRejected unknownPatient(String idNumber) {
        return new EcgFileRejected(Map.of("subject", "身份证号 " + masked(idNumber) + " 不是本机构辖区内的在档居民，请先建档或核对身份证号"));
    }

    private void requireSender(CurrentUser sender) {
        if (!SENDERS.contains(sender.role())) {
            throw PlatformException.forbidden("ECG_UPLOAD_FORBIDDEN", "只有站点医生或接口账号可以上传心电图");
        }
    }

    private Recording store(
            byte[] aecg, AecgParser.Parsed parsed, Patient resident, CurrentUser sender, Instant uploadedAt) {
        var station = organizations.find(sender.unitId()).orElseThrow();
        LocalDate day = parsed.acquiredAt() == null
                ? LocalDate.ofInstant(uploadedAt, clock.getZone())
                : parsed.acquiredAt().toLocalDate();
        PreRead read = reader.read(
                parsed.signal(),
                resident.sex(),
                java.time.Period.between(resident.birthDate(), day).getYears());
        EcgSignal signal = parsed.signal();
        int priority = read.stemiSuspected() ? 0 : read.afSuspected() ? 1 : 2;
        long id = jdbc.sql(
                        """
                        insert into ecg_recording (resident_id, station_unit_id, station_unit_path, station_name,
                          uploaded_by, uploaded_at, acquired_at, document_id, aecg, sample_rate, duration_ms,
                          derived_limb_leads, heart_rate, rr_irregularity, qrs_ms, af_suspected, stemi_suspected,
                          stemi_leads, st_elevation, priority, state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED') returning id""")
                .params(
                        resident.id(),
                        station.id(),
                        station.path(),
                        station.name(),
                        sender.username(),
                        Timestamp.from(uploadedAt),
                        parsed.acquiredAt() == null ? null : java.sql.Timestamp.valueOf(parsed.acquiredAt()),
                        parsed.documentId() == null ? null : shorten(parsed.documentId(), 100),
                        new String(aecg, StandardCharsets.UTF_8),
                        signal.sampleRate(),
                        (int) Math.round(signal.durationSeconds() * 1000),
                        parsed.derivedLimbLeads(),
                        (int) Math.round(read.heartRate()),
                        read.rrIrregularity(),
                        (int) Math.round(read.qrsMs()),
                        read.afSuspected(),
                        read.stemiSuspected(),
                        read.stemiLeads().stream().map(Lead::name).collect(Collectors.joining(" ")),
                        Arrays.stream(Lead.values())
                                .map(l -> String.valueOf(read.stElevationMv().get(l)))
                                .collect(Collectors.joining(" ")),
                        priority)
                .query(Long.class)
                .single();
        audit(sender, AuditLog.Action.CREATE, "ecg_recording", List.of(id), "上传心电图");
        events.publishEvent(new EcgUploaded(
                id, resident.id(), station.id(), read.stemiSuspected(), read.afSuspected(), uploadedAt));
        return require(id);
    }

    /** An ECG in the user's scope, its read audited. */
    public Recording find(long id, CurrentUser user) {
        var recording = scoped(id, user);
        audit(user, AuditLog.Action.READ, "ecg_recording", List.of(id), "查看心电图");
        return recording;
    }

    /** The uploaded aECG of an ECG in the user's scope, parsed for the viewer (read audited by {@link #find}). */
    public EcgSignal signal(long id, CurrentUser user) {
        scoped(id, user);
        String xml = jdbc.sql("select aecg from ecg_recording where id = ?")
                .param(id)
                .query(String.class)
                .single();
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8)).signal();
    }

    /** The patient of an ECG (their read audited by the resident index). */
    public Optional<Resident> patient(Recording recording, CurrentUser user) {
        return residents.find(recording.residentId(), user, "心电图患者");
    }

    /**
     * The reading centre's worklist in the physician's scope: open ECGs (queued and claimed) by priority — suspected
     * STEMI, suspected AF, routine — then oldest first; or the reported ones, newest first.
     */
    public PageResult<Recording> queue(CurrentUser user, boolean reported, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        String where = reported ? "state = 'REPORTED'" : "state in ('QUEUED', 'CLAIMED')";
        String order = reported ? "reported_at desc, id desc" : "priority, uploaded_at, id";
        long total = jdbc.sql("select count(*) from ecg_recording where station_unit_path like ? and " + where)
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
        var items = jdbc.sql("select * from ecg_recording where station_unit_path like ? and " + where + " order by "
                        + order + " limit ? offset ?")
                .params(user.scope().likePattern(), bounded, (long) Math.max(0, page) * bounded)
                .query(this::map)
                .list();
        audit(
                user,
                AuditLog.Action.SEARCH,
                "ecg_recording",
                items.stream().map(Recording::id).toList(),
                reported ? "心电已出报告列表" : "心电待阅列表");
        return new PageResult<>(items, total, Math.max(0, page), bounded);
    }

    /** A station's ECGs, newest first. */
    public PageResult<Recording> sent(CurrentUser user, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        long total = jdbc.sql("select count(*) from ecg_recording where station_unit_path like ?")
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        "select * from ecg_recording where station_unit_path like ? order by uploaded_at desc, id desc limit ? offset ?")
                .params(user.scope().likePattern(), bounded, (long) Math.max(0, page) * bounded)
                .query(this::map)
                .list();
        audit(
                user,
                AuditLog.Action.SEARCH,
                "ecg_recording",
                items.stream().map(Recording::id).toList(),
                "本站心电图");
        return new PageResult<>(items, total, Math.max(0, page), bounded);
    }

    /** Critical reports the station has not yet confirmed, oldest first. */
    public List<Recording> awaitingConfirmation(CurrentUser user) {
        var items = jdbc.sql(
                        """
                        select * from ecg_recording where station_unit_path like ? and callback_at is not null
                          and callback_confirmed_at is null order by callback_at, id""")
                .param(user.scope().likePattern())
                .query(this::map)
                .list();
        if (!items.isEmpty()) {
            audit(
                    user,
                    AuditLog.Action.READ,
                    "ecg_recording",
                    items.stream().map(Recording::id).toList(),
                    "危急值回呼");
        }
        return items;
    }

    /** Counts for the home page (not a read of anyone's record). */
    public long countOpen(CurrentUser user, boolean stemiOnly) {
        return jdbc.sql("select count(*) from ecg_recording where station_unit_path like ? and state = 'QUEUED'"
                        + (stemiOnly ? " and stemi_suspected" : ""))
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
    }

    public long countAwaitingConfirmation(CurrentUser user) {
        return jdbc.sql(
                        """
                        select count(*) from ecg_recording where station_unit_path like ? and callback_at is not null
                          and callback_confirmed_at is null""")
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
    }

    /** A resident's ECGs, newest first (for the health record; the caller audits). */
    public List<Recording> ofResident(long residentId, int limit) {
        return jdbc.sql("select * from ecg_recording where resident_id = ? order by uploaded_at desc, id desc limit ?")
                .params(residentId, limit)
                .query(this::map)
                .list();
    }

    /**
     * Claims an ECG for reading. Two physicians cannot both claim one: the update only succeeds on a queued ECG.
     *
     * @throws PlatformException {@code ECG_ALREADY_CLAIMED} (409) naming who has it
     */
    @Transactional
    public Recording claim(long id, CurrentUser physician) {
        requirePhysician(physician);
        scoped(id, physician);
        int updated = jdbc.sql(
                        """
                        update ecg_recording set state = 'CLAIMED', claimed_by = ?, claimed_by_name = ?, claimed_at = ?
                        where id = ? and state = 'QUEUED'""")
                .params(physician.username(), physician.displayName(), Timestamp.from(Instant.now(clock)), id)
                .update();
        var recording = require(id);
        if (updated == 0 && !physician.username().equals(recording.claimedBy())) {
            throw PlatformException.conflict(
                    "ECG_ALREADY_CLAIMED",
                    recording.state() == ReadingState.REPORTED
                            ? "该心电图已由" + recording.reportedByName() + "出具报告"
                            : "该心电图已由" + recording.claimedByName() + "认领");
        }
        audit(physician, AuditLog.Action.UPDATE, "ecg_recording", List.of(id), "认领心电图");
        return recording;
    }

    /**
     * Signs the structured report of an ECG the physician has claimed; a critical report starts the call-back to the
     * station (its time recorded). Every bad field is named at once; nothing is written then.
     */
    @Transactional
    public Recording report(long id, ReportForm form, CurrentUser physician) {
        requirePhysician(physician);
        var recording = scoped(id, physician);
        if (recording.state() == ReadingState.REPORTED) {
            throw PlatformException.conflict("ECG_ALREADY_REPORTED", "该心电图已出具报告");
        }
        if (!physician.username().equals(recording.claimedBy())) {
            throw PlatformException.conflict("ECG_NOT_CLAIMED", "请先认领该心电图再出具报告");
        }
        var errors = new LinkedHashMap<String, String>();
        EcgRhythm rhythm = null;
        if (form.rhythm() == null || form.rhythm().isBlank()) {
            errors.put("rhythm", "请选择心律");
        } else {
            try {
                rhythm = EcgRhythm.valueOf(form.rhythm());
            } catch (IllegalArgumentException e) {
                errors.put("rhythm", "请选择心律");
            }
        }
        Integer rate = number(form.rate(), "rate", "心率", 20, 300, true, errors);
        Integer pr = number(form.pr(), "pr", "PR 间期", 60, 400, false, errors);
        Integer qrs = number(form.qrs(), "qrs", "QRS 时限", 40, 250, true, errors);
        Integer qt = number(form.qt(), "qt", "QT 间期", 200, 700, false, errors);
        CriticalFinding finding = null;
        if (form.critical()) {
            try {
                finding = form.finding() == null || form.finding().isBlank()
                        ? null
                        : CriticalFinding.valueOf(form.finding().strip());
            } catch (IllegalArgumentException e) {
                finding = null;
            }
            if (finding == null) {
                errors.put("finding", "危急值请选择类型：疑似STEMI、室速/室颤或三度房室传导阻滞");
            }
        }
        String conclusion = form.conclusion() == null ? "" : form.conclusion().strip();
        if (conclusion.isEmpty()) {
            errors.put("conclusion", "请填写诊断结论");
        } else if (conclusion.length() > 1000) {
            errors.put("conclusion", "诊断结论最多 1000 字");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST, "ECG_REPORT_INVALID", "报告有 " + errors.size() + " 处需要修改", errors);
        }
        Instant now = Instant.now(clock);
        jdbc.sql(
                        """
                        update ecg_recording set state = 'REPORTED', rhythm = ?, rate = ?, pr_ms = ?, qrs_report_ms = ?,
                          qt_ms = ?, conclusion = ?, critical = ?, reported_by = ?, reported_by_name = ?, reported_at = ?,
                          callback_at = ?
                        where id = ? and state = 'CLAIMED' and claimed_by = ?""")
                .params(
                        rhythm.name(),
                        rate,
                        pr,
                        qrs,
                        qt,
                        conclusion,
                        form.critical(),
                        physician.username(),
                        physician.displayName(),
                        Timestamp.from(now),
                        form.critical() ? Timestamp.from(now) : null,
                        id,
                        physician.username())
                .update();
        audit(physician, AuditLog.Action.UPDATE, "ecg_recording", List.of(id), "出具心电图报告");
        if (finding != null) {
            Instant ecgAt = recording.acquiredAt() == null
                    ? recording.uploadedAt()
                    : recording.acquiredAt().atZone(clock.getZone()).toInstant();
            callBacks.start(
                    id,
                    recording.residentId(),
                    recording.stationUnitId(),
                    recording.stationName(),
                    finding,
                    ecgAt,
                    conclusion,
                    physician,
                    now);
        }
        events.publishEvent(new EcgReported(
                id,
                recording.residentId(),
                recording.stationUnitId(),
                form.critical(),
                conclusion,
                recording.uploadedAt(),
                now));
        return require(id);
    }

    /** The station confirms it received a critical report's call-back. */
    @Transactional
    public Recording confirm(long id, CurrentUser station) {
        var recording = scoped(id, station);
        if (!station.scope().covers(recording.stationUnitPath())
                || station.scope().isResidentOnly()) {
            throw PlatformException.forbidden("ECG_CONFIRM_STATION_ONLY", "只有发送机构可以确认收到回呼");
        }
        if (recording.callbackAt() == null) {
            throw PlatformException.conflict("ECG_NO_CALLBACK", "该心电图没有危急值回呼");
        }
        if (recording.callbackConfirmedAt() != null) {
            return recording;
        }
        jdbc.sql(
                        """
                        update ecg_recording set callback_confirmed_by = ?, callback_confirmed_at = ?
                        where id = ? and callback_confirmed_at is null""")
                .params(station.displayName(), Timestamp.from(Instant.now(clock)), id)
                .update();
        callBacks.stationConfirmed(id, station, Instant.now(clock));
        audit(station, AuditLog.Action.UPDATE, "ecg_recording", List.of(id), "确认收到危急值回呼");
        return require(id);
    }

    /** Audits a read or write of a person's ECG; the demo's seeding (channel SYSTEM, nobody logged in) is not a person. */
    private void audit(
            CurrentUser user, AuditLog.Action action, String type, java.util.Collection<Long> ids, String purpose) {
        if (user.channel() != CurrentUser.Channel.SYSTEM) {
            audit.record(action, type, ids, purpose);
        }
    }

    private void requirePhysician(CurrentUser user) {
        if (user.role() != Role.ECG_PHYSICIAN) {
            throw PlatformException.forbidden("ECG_PHYSICIAN_ONLY", "只有心电诊断医生可以认领和出具报告");
        }
    }

    private Recording scoped(long id, CurrentUser user) {
        var recording = jdbc.sql("select * from ecg_recording where id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .filter(r -> user.scope().covers(r.stationUnitPath())
                                && !user.scope().isResidentOnly()
                        || user.scope()
                                .residentId()
                                .map(own -> own == r.residentId())
                                .orElse(false)
                        || callBacks.centreCovers(r.id(), user));
        return recording.orElseThrow(() -> PlatformException.notFound("ECG_NOT_FOUND", "心电图不存在或不在您的权限范围内"));
    }

    private Recording require(long id) {
        return jdbc.sql("select * from ecg_recording where id = ?")
                .param(id)
                .query(this::map)
                .single();
    }

    private static @Nullable Integer number(
            @Nullable String text,
            String field,
            String label,
            int min,
            int max,
            boolean required,
            Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, "请填写" + label);
            }
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                errors.put(field, label + "应在 " + min + "–" + max + " 之间");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(field, label + "请填写整数");
            return null;
        }
    }

    private static String masked(String idNumber) {
        return idNumber.length() < 10
                ? "***"
                : idNumber.substring(0, 6)
                        + "*".repeat(idNumber.length() - 10)
                        + idNumber.substring(idNumber.length() - 4);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private Recording map(ResultSet rs, int row) throws SQLException {
        var stemiLeads = new ArrayList<Lead>();
        for (String name : rs.getString("stemi_leads").split(" ")) {
            if (!name.isBlank()) {
                stemiLeads.add(Lead.valueOf(name));
            }
        }
        var st = Arrays.stream(rs.getString("st_elevation").split(" "))
                .map(Double::valueOf)
                .toList();
        String rhythm = rs.getString("rhythm");
        Timestamp acquired = rs.getTimestamp("acquired_at");
        return new Recording(
                rs.getLong("id"),
                rs.getLong("resident_id"),
                rs.getLong("station_unit_id"),
                rs.getString("station_unit_path"),
                rs.getString("station_name"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(),
                acquired == null ? null : acquired.toLocalDateTime(),
                rs.getDouble("sample_rate"),
                rs.getInt("duration_ms"),
                rs.getBoolean("derived_limb_leads"),
                rs.getInt("heart_rate"),
                rs.getDouble("rr_irregularity"),
                rs.getInt("qrs_ms"),
                rs.getBoolean("af_suspected"),
                rs.getBoolean("stemi_suspected"),
                stemiLeads,
                st,
                rs.getInt("priority"),
                ReadingState.valueOf(rs.getString("state")),
                rs.getString("claimed_by"),
                rs.getString("claimed_by_name"),
                instant(rs, "claimed_at"),
                rhythm == null ? null : EcgRhythm.valueOf(rhythm),
                (Integer) rs.getObject("rate"),
                (Integer) rs.getObject("pr_ms"),
                (Integer) rs.getObject("qrs_report_ms"),
                (Integer) rs.getObject("qt_ms"),
                rs.getString("conclusion"),
                rs.getBoolean("critical"),
                rs.getString("reported_by_name"),
                instant(rs, "reported_at"),
                instant(rs, "callback_at"),
                rs.getString("callback_confirmed_by"),
                instant(rs, "callback_confirmed_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
