package org.regionalhealth.eldercare.hospice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.eldercare.BereavementFollowUp;
import org.regionalhealth.eldercare.ElderCareProperties;
import org.regionalhealth.eldercare.Hospice;
import org.regionalhealth.eldercare.HospicePatient;
import org.regionalhealth.eldercare.HospiceState;
import org.regionalhealth.eldercare.HospiceWard;
import org.regionalhealth.eldercare.PatientDied;
import org.regionalhealth.eldercare.PlaceOfDeath;
import org.regionalhealth.eldercare.SymptomItem;
import org.regionalhealth.eldercare.SymptomScore;
import org.regionalhealth.eldercare.SymptomScoring;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hospice wards and patients in PostgreSQL. */
@Service
class JdbcHospice implements Hospice {

    private static final String SCOPE = "(unit_path like ? or ward_path like ?)";

    private final JdbcClient jdbc;
    private final ResidentIndex residents;
    private final Organizations organizations;
    private final ElderCareProperties properties;
    private final Labels labels;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcHospice(
            JdbcClient jdbc,
            ResidentIndex residents,
            Organizations organizations,
            ElderCareProperties properties,
            Labels labels,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.organizations = organizations;
        this.properties = properties;
        this.labels = labels;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void designate(long unitId, int beds, LocalDate on) {
        var unit = organizations
                .find(unitId)
                .filter(u -> u.type() == UnitType.HOSPITAL || u.type() == UnitType.HEALTH_CENTRE)
                .orElseThrow(() ->
                        PlatformException.invalidField("ELDERCARE_WARD_UNIT", "unitId", "安宁疗护病区须设在区级医院或社区卫生服务中心"));
        if (beds < 1 || beds > 200) {
            throw PlatformException.invalidField("ELDERCARE_WARD_BEDS", "beds", "床位数应在 1 到 200 之间");
        }
        jdbc.sql(
                        """
                        insert into eldercare_hospice_ward (unit_id, unit_path, beds, designated_on) values (?, ?, ?, ?)
                        on conflict (unit_id) do update set beds = excluded.beds""")
                .params(unit.id(), unit.path(), beds, on)
                .update();
    }

    @Override
    public List<HospiceWard> wards() {
        return jdbc
                .sql(
                        """
                        select w.unit_id, w.beds,
                               (select count(*) from eldercare_hospice_patient p where p.ward_unit_id = w.unit_id and p.state = 'ADMITTED') as occupied,
                               (select count(*) from eldercare_hospice_patient p where p.ward_unit_id = w.unit_id and p.state = 'REFERRED') as waiting
                          from eldercare_hospice_ward w order by w.unit_path""")
                .query((rs, n) -> {
                    var unit = organizations.find(rs.getLong("unit_id")).orElseThrow();
                    return new HospiceWard(
                            unit.id(),
                            unit.name(),
                            unit.type() == UnitType.HOSPITAL,
                            rs.getInt("beds"),
                            rs.getLong("occupied"),
                            rs.getLong("waiting"));
                })
                .list()
                .stream()
                .sorted((a, b) -> Boolean.compare(b.hospital(), a.hospital()))
                .toList();
    }

    @Override
    @Transactional
    public HospicePatient refer(
            long residentId,
            @Nullable Long wardUnitId,
            @Nullable String diagnosis,
            @Nullable Integer pps,
            boolean consent,
            @Nullable LocalDate on,
            CurrentUser user) {
        staffOnly(user);
        var resident = residents
                .find(residentId, user, "安宁疗护转介")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        var today = LocalDate.now(clock);
        LocalDate day = on == null ? today : on;
        var errors = new LinkedHashMap<String, String>();
        String wardPath = null;
        if (wardUnitId == null) {
            errors.put("ward", "请选择接收的安宁疗护病区");
        } else {
            wardPath = jdbc.sql("select unit_path from eldercare_hospice_ward where unit_id = ?")
                    .param(wardUnitId)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (wardPath == null) {
                errors.put("ward", "所选机构不是本区指定的安宁疗护病区");
            }
        }
        if (diagnosis == null || diagnosis.isBlank()) {
            errors.put("diagnosis", "请填写疾病诊断（如：肺恶性肿瘤晚期）");
        } else if (diagnosis.strip().length() > 200) {
            errors.put("diagnosis", "诊断不超过200字");
        }
        if (pps == null || pps < 0 || pps > 100 || pps % 10 != 0) {
            errors.put("pps", "请选择姑息功能量表（PPS）评分：0% 到 100%，以 10% 为一档");
        }
        if (!consent) {
            errors.put("consent", "转介安宁疗护须患者或家属知情同意");
        }
        if (day.isAfter(today)) {
            errors.put("referredOn", "转介日期不能晚于今天");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "ELDERCARE_HOSPICE_INVALID",
                    "转介信息有 " + errors.size() + " 处需要补充或修改，未转介",
                    errors);
        }
        long id;
        try {
            id = jdbc.sql(
                            """
                            insert into eldercare_hospice_patient (resident_id, unit_path, ward_unit_id, ward_path, state,
                                diagnosis, pps, referred_on, referred_by, recorded_at)
                            values (?, ?, ?, ?, 'REFERRED', ?, ?, ?, ?, ?) returning id""")
                    .params(
                            resident.id(),
                            resident.unitPath(),
                            wardUnitId,
                            wardPath,
                            diagnosis.strip(),
                            pps,
                            day,
                            user.username(),
                            Timestamp.from(Instant.now(clock)))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("ELDERCARE_HOSPICE_ACTIVE", "该居民已转介或已在安宁疗护病区，不能重复转介");
        }
        audit.record(AuditLog.Action.CREATE, "eldercare_hospice_patient", List.of(id), "安宁疗护转介");
        return load(id);
    }

    @Override
    @Transactional
    public HospicePatient admit(long patientId, @Nullable String bedNo, @Nullable LocalDate on, CurrentUser user) {
        var patient = wardPatient(patientId, user, HospiceState.REFERRED);
        var today = LocalDate.now(clock);
        LocalDate day = on == null ? today : on;
        int beds = jdbc.sql("select beds from eldercare_hospice_ward where unit_id = ?")
                .param(patient.wardUnitId())
                .query(Integer.class)
                .single();
        var errors = new LinkedHashMap<String, String>();
        if (bedNo == null
                || !bedNo.strip().matches("\\d{1,3}")
                || Integer.parseInt(bedNo.strip()) < 1
                || Integer.parseInt(bedNo.strip()) > beds) {
            errors.put("bedNo", "请填写床号：1 到 " + beds + "（本病区 " + beds + " 张床）");
        }
        if (day.isAfter(today) || day.isBefore(patient.referredOn())) {
            errors.put("admittedOn", "收治日期应在转介日期与今天之间");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "ELDERCARE_HOSPICE_ADMIT_INVALID", "收治信息需要修改", errors);
        }
        String bed = String.valueOf(Integer.parseInt(bedNo.strip()));
        try {
            jdbc.sql(
                            """
                            update eldercare_hospice_patient set state = 'ADMITTED', admitted_on = ?, bed_no = ?
                             where id = ? and state = 'REFERRED'""")
                    .params(day, bed, patientId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PlatformException(
                    HttpStatus.CONFLICT,
                    "ELDERCARE_HOSPICE_BED_TAKEN",
                    bed + " 床已有在院患者",
                    Map.of("bedNo", bed + " 床已有在院患者，请选择空床"));
        }
        audit.record(AuditLog.Action.UPDATE, "eldercare_hospice_patient", List.of(patientId), "安宁疗护收治");
        return load(patientId);
    }

    @Override
    @Transactional
    public HospicePatient decline(long patientId, @Nullable String reason, CurrentUser user) {
        wardPatient(patientId, user, HospiceState.REFERRED);
        if (reason == null || reason.strip().length() < 2 || reason.strip().length() > 300) {
            throw PlatformException.invalidField("ELDERCARE_HOSPICE_DECLINE", "declinedReason", "请填写未收治原因（2到300字）");
        }
        jdbc.sql(
                        """
                        update eldercare_hospice_patient set state = 'DECLINED', declined_reason = ?, ended_on = ?
                         where id = ? and state = 'REFERRED'""")
                .params(reason.strip(), LocalDate.now(clock), patientId)
                .update();
        audit.record(AuditLog.Action.UPDATE, "eldercare_hospice_patient", List.of(patientId), "安宁疗护未收治");
        return load(patientId);
    }

    @Override
    @Transactional
    public SymptomScore score(
            long patientId, Map<SymptomItem, Integer> scores, @Nullable LocalDate on, CurrentUser user) {
        var patient = wardPatient(patientId, user, HospiceState.ADMITTED);
        var today = LocalDate.now(clock);
        LocalDate day = on == null ? today : on;
        var errors = new LinkedHashMap<String, String>();
        SymptomScoring.problems(scores)
                .forEach((item, problem) -> errors.put(item.name(), labels.of(item) + "：" + problem));
        if (day.isAfter(today) || day.isBefore(patient.admittedOn())) {
            errors.put("scoredOn", "评估日期应在收治日期与今天之间");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "ELDERCARE_SYMPTOMS_INVALID",
                    "症状评估有 " + errors.size() + " 处需要补充或修改，未保存",
                    errors);
        }
        int total = SymptomScoring.total(scores);
        var array =
                java.util.Arrays.stream(SymptomItem.values()).map(scores::get).toArray(Integer[]::new);
        long id = jdbc.sql(
                        """
                        insert into eldercare_hospice_score (patient_id, scored_on, instrument, scores, total, recorded_by,
                            recorded_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        patientId,
                        day,
                        SymptomScoring.INSTRUMENT,
                        array,
                        total,
                        user.username(),
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        audit.record(AuditLog.Action.CREATE, "eldercare_hospice_score", List.of(id), "安宁疗护症状评估");
        return new SymptomScore(id, patientId, day, Map.copyOf(scores), total, user.username());
    }

    @Override
    @Transactional
    public HospicePatient died(
            long patientId,
            @Nullable LocalDate on,
            @Nullable PlaceOfDeath place,
            @Nullable String note,
            CurrentUser user) {
        var patient = wardPatient(patientId, user, HospiceState.ADMITTED);
        var today = LocalDate.now(clock);
        var errors = new LinkedHashMap<String, String>();
        if (on == null || on.isAfter(today) || on.isBefore(patient.admittedOn())) {
            errors.put("diedOn", "死亡日期应在收治日期与今天之间");
        }
        if (place == null) {
            errors.put("place", "请选择死亡地点");
        }
        if (note != null && note.strip().length() > 300) {
            errors.put("endNote", "说明不超过300字");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "ELDERCARE_DEATH_INVALID", "死亡登记需要补充或修改", errors);
        }
        jdbc.sql(
                        """
                        update eldercare_hospice_patient set state = 'DIED', ended_on = ?, place_of_death = ?, end_note = ?
                         where id = ? and state = 'ADMITTED'""")
                .params(on, place.name(), note == null || note.isBlank() ? null : note.strip(), patientId)
                .update();
        for (int days : properties.bereavementDays()) {
            jdbc.sql("insert into eldercare_bereavement (patient_id, due_on) values (?, ?)")
                    .params(patientId, on.plusDays(days))
                    .update();
        }
        audit.record(AuditLog.Action.UPDATE, "eldercare_hospice_patient", List.of(patientId), "安宁疗护死亡登记");
        events.publishEvent(new PatientDied(patientId, patient.residentId(), on, place));
        return load(patientId);
    }

    @Override
    @Transactional
    public BereavementFollowUp followedUp(
            long followUpId, @Nullable String contact, @Nullable String note, CurrentUser user) {
        long patientId = jdbc.sql("select patient_id from eldercare_bereavement where id = ?")
                .param(followUpId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> PlatformException.notFound("ELDERCARE_FOLLOW_UP_NOT_FOUND", "未找到该居丧随访"));
        var patient = wardPatient(patientId, user, HospiceState.DIED);
        var errors = new LinkedHashMap<String, String>();
        if (contact == null || contact.isBlank() || contact.strip().length() > 64) {
            errors.put("contact", "请填写随访对象（姓名及与逝者关系）");
        }
        if (note == null || note.strip().length() < 2 || note.strip().length() > 300) {
            errors.put("note", "请填写随访情况（2到300字）");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "ELDERCARE_FOLLOW_UP_INVALID", "居丧随访需要补充", errors);
        }
        jdbc.sql(
                        """
                        update eldercare_bereavement set done_on = ?, contact = ?, note = ?, done_by = ?
                         where id = ? and done_on is null""")
                .params(LocalDate.now(clock), contact.strip(), note.strip(), user.username(), followUpId)
                .update();
        audit.record(AuditLog.Action.UPDATE, "eldercare_bereavement", List.of(followUpId), "居丧随访");
        return bereavement(patient.id(), user).stream()
                .filter(f -> f.id() == followUpId)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public Optional<HospicePatient> find(long id, CurrentUser user) {
        var found = visible(id, user);
        found.ifPresent(
                p -> audit.record(AuditLog.Action.READ, "eldercare_hospice_patient", List.of(p.id()), "查看安宁疗护患者"));
        return found;
    }

    private Optional<HospicePatient> visible(long id, CurrentUser user) {
        return jdbc.sql("select * from eldercare_hospice_patient where id = ? and " + SCOPE)
                .params(id, user.scope().likePattern(), user.scope().likePattern())
                .query(JdbcHospice::patient)
                .optional()
                .filter(p ->
                        user.scope().residentId().map(r -> r == p.residentId()).orElse(true));
    }

    @Override
    public List<SymptomScore> scores(long patientId, CurrentUser user) {
        if (visible(patientId, user).isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from eldercare_hospice_score where patient_id = ? order by scored_on desc, id desc limit 100")
                .param(patientId)
                .query((rs, n) -> {
                    Object[] values = (Object[]) rs.getArray("scores").getArray();
                    var map = new EnumMap<SymptomItem, Integer>(SymptomItem.class);
                    for (var item : SymptomItem.values()) {
                        map.put(item, ((Number) values[item.ordinal()]).intValue());
                    }
                    return new SymptomScore(
                            rs.getLong("id"),
                            rs.getLong("patient_id"),
                            rs.getObject("scored_on", LocalDate.class),
                            Map.copyOf(map),
                            rs.getInt("total"),
                            rs.getString("recorded_by"));
                })
                .list();
    }

    @Override
    public List<BereavementFollowUp> bereavement(long patientId, CurrentUser user) {
        if (visible(patientId, user).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from eldercare_bereavement where patient_id = ? order by due_on, id")
                .param(patientId)
                .query(JdbcHospice::followUp)
                .list();
    }

    @Override
    public PageResult<HospicePatient> patients(
            @Nullable HospiceState state, @Nullable Long wardUnitId, CurrentUser user, int page, int size) {
        if (user.scope().isResidentOnly()) {
            return new PageResult<>(List.of(), 0, 0, size);
        }
        int bounded = PageResult.boundedSize(size);
        var where = new StringBuilder(SCOPE);
        var params = new ArrayList<Object>(
                List.of(user.scope().likePattern(), user.scope().likePattern()));
        if (state != null) {
            where.append(" and state = ?");
            params.add(state.name());
        }
        if (wardUnitId != null) {
            where.append(" and ward_unit_id = ?");
            params.add(wardUnitId);
        }
        long total = jdbc.sql("select count(*) from eldercare_hospice_patient where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.add(bounded);
        params.add((long) Math.max(page, 0) * bounded);
        var items = jdbc.sql("select * from eldercare_hospice_patient where " + where
                        + " order by coalesce(ended_on, admitted_on, referred_on) desc, id desc limit ? offset ?")
                .params(params)
                .query(JdbcHospice::patient)
                .list();
        if (!items.isEmpty()) {
            audit.record(
                    AuditLog.Action.SEARCH,
                    "eldercare_hospice_patient",
                    items.stream().map(HospicePatient::id).toList(),
                    "安宁疗护病区患者");
        }
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    public PageResult<BereavementFollowUp> followUpsDue(LocalDate by, CurrentUser user, int page, int size) {
        if (user.scope().isResidentOnly()) {
            return new PageResult<>(List.of(), 0, 0, size);
        }
        int bounded = PageResult.boundedSize(size);
        String from =
                """
                from eldercare_bereavement b join eldercare_hospice_patient p on p.id = b.patient_id
                 where b.done_on is null and b.due_on <= ? and (p.unit_path like ? or p.ward_path like ?)""";
        long total = jdbc.sql("select count(*) " + from)
                .params(by, user.scope().likePattern(), user.scope().likePattern())
                .query(Long.class)
                .single();
        var items = jdbc.sql("select b.* " + from + " order by b.due_on, b.id limit ? offset ?")
                .params(
                        by,
                        user.scope().likePattern(),
                        user.scope().likePattern(),
                        bounded,
                        (long) Math.max(page, 0) * bounded)
                .query(JdbcHospice::followUp)
                .list();
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    public List<HospicePatient> ofResident(long residentId, CurrentUser user) {
        if (user.scope().residentId().map(r -> r != residentId).orElse(false)) {
            return List.of();
        }
        return jdbc.sql("select * from eldercare_hospice_patient where resident_id = ? and " + SCOPE
                        + " order by referred_on desc, id desc limit 10")
                .params(residentId, user.scope().likePattern(), user.scope().likePattern())
                .query(JdbcHospice::patient)
                .list();
    }

    /** A patient in the given state whose ward the user's scope covers (ward staff act, referrers only read). */
    private HospicePatient wardPatient(long patientId, CurrentUser user, HospiceState expected) {
        staffOnly(user);
        var patient = visible(patientId, user)
                .orElseThrow(() -> PlatformException.notFound("ELDERCARE_HOSPICE_NOT_FOUND", "未找到该安宁疗护患者或不在您的管理范围"));
        String wardPath = jdbc.sql("select ward_path from eldercare_hospice_patient where id = ?")
                .param(patientId)
                .query(String.class)
                .single();
        if (!user.scope().covers(wardPath)) {
            throw PlatformException.forbidden("ELDERCARE_HOSPICE_WARD_ONLY", "只有接收病区的医务人员可以办理收治、评估和死亡登记");
        }
        if (patient.state() != expected) {
            throw PlatformException.conflict(
                    "ELDERCARE_HOSPICE_STATE", "该患者当前为“" + labels.of(patient.state()) + "”，不能办理此项");
        }
        return patient;
    }

    private static void staffOnly(CurrentUser user) {
        if (user.scope().isResidentOnly()) {
            throw PlatformException.forbidden("ELDERCARE_STAFF_ONLY", "只有医务人员可以办理安宁疗护");
        }
    }

    private HospicePatient load(long id) {
        return jdbc.sql("select * from eldercare_hospice_patient where id = ?")
                .param(id)
                .query(JdbcHospice::patient)
                .single();
    }

    private static BereavementFollowUp followUp(ResultSet rs, int n) throws SQLException {
        return new BereavementFollowUp(
                rs.getLong("id"),
                rs.getLong("patient_id"),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("contact"),
                rs.getString("note"));
    }

    private static HospicePatient patient(ResultSet rs, int n) throws SQLException {
        String place = rs.getString("place_of_death");
        return new HospicePatient(
                rs.getLong("id"),
                rs.getLong("resident_id"),
                rs.getLong("ward_unit_id"),
                HospiceState.valueOf(rs.getString("state")),
                rs.getString("diagnosis"),
                rs.getInt("pps"),
                rs.getObject("referred_on", LocalDate.class),
                rs.getString("referred_by"),
                rs.getObject("admitted_on", LocalDate.class),
                rs.getString("bed_no"),
                rs.getString("declined_reason"),
                rs.getObject("ended_on", LocalDate.class),
                place == null ? null : PlaceOfDeath.valueOf(place),
                rs.getString("end_note"));
    }
}
