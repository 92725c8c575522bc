package org.regionalhealth.healthcity.catalogue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.healthcity.Collection;
import org.regionalhealth.healthcity.Department;
import org.regionalhealth.healthcity.Direction;
import org.regionalhealth.healthcity.Indicator;
import org.regionalhealth.healthcity.IndicatorCatalogue;
import org.regionalhealth.healthcity.IndicatorRevision;
import org.regionalhealth.healthcity.Numbers;
import org.regionalhealth.healthcity.ReportingPeriod;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue in {@code healthcity_indicator}, one row per version; synchronised with the data file at start. */
@Component
class JdbcIndicatorCatalogue implements IndicatorCatalogue, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JdbcIndicatorCatalogue.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    JdbcIndicatorCatalogue(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        synchronise();
    }

    @Override
    @Transactional
    public synchronized int synchronise() {
        int added = 0;
        for (var row : CatalogueFile.read()) {
            boolean present = jdbc.sql("select count(*) from healthcity_indicator where code = ? and version = ?")
                            .params(row.code(), row.version())
                            .query(Long.class)
                            .single()
                    > 0;
            if (present) {
                continue;
            }
            var now = Instant.now(clock);
            jdbc.sql("update healthcity_indicator set superseded_at = ? where code = ? and superseded_at is null")
                    .params(Timestamp.from(now), row.code())
                    .update();
            insert(row, row.version() == 1 ? "首次发布" : "目录文件更新", "system", now);
            added++;
        }
        if (added > 0) {
            log.info("Health-city catalogue: {} indicator versions added from {}", added, CatalogueFile.RESOURCE);
        }
        return added;
    }

    @Override
    public List<Indicator> current() {
        return jdbc.sql("select * from healthcity_indicator where superseded_at is null order by sort_order, code")
                .query(JdbcIndicatorCatalogue::map)
                .list();
    }

    @Override
    public PageResult<Indicator> search(String text, String level1, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        String like = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        String dimension = level1 == null ? "" : level1;
        String where =
                """
                where superseded_at is null and (lower(name) like :like or lower(code) like :like)
                  and (:dimension = '' or level1 = :dimension)""";
        long total = jdbc.sql("select count(*) from healthcity_indicator " + where)
                .param("like", like)
                .param("dimension", dimension)
                .query(Long.class)
                .single();
        var items = jdbc.sql("select * from healthcity_indicator " + where
                        + " order by sort_order, code limit :limit offset :offset")
                .param("like", like)
                .param("dimension", dimension)
                .param("limit", bounded)
                .param("offset", (long) Math.max(page, 0) * bounded)
                .query(JdbcIndicatorCatalogue::map)
                .list();
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    public Optional<Indicator> current(String code) {
        return jdbc.sql("select * from healthcity_indicator where code = ? and superseded_at is null")
                .param(code)
                .query(JdbcIndicatorCatalogue::map)
                .optional();
    }

    @Override
    public Optional<Indicator> version(long id) {
        return jdbc.sql("select * from healthcity_indicator where id = ?")
                .param(id)
                .query(JdbcIndicatorCatalogue::map)
                .optional();
    }

    @Override
    public List<Indicator> versions(String code) {
        return jdbc.sql("select * from healthcity_indicator where code = ? order by version desc")
                .param(code)
                .query(JdbcIndicatorCatalogue::map)
                .list();
    }

    @Override
    @Transactional
    public Indicator revise(String code, IndicatorRevision revision, CurrentUser user) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw PlatformException.forbidden("HEALTHCITY_REVISION_FORBIDDEN", "只有区爱卫办（区级管理员）可以调整指标");
        }
        var old =
                current(code).orElseThrow(() -> PlatformException.notFound("HEALTHCITY_INDICATOR_NOT_FOUND", "指标不存在"));
        var errors = new LinkedHashMap<String, String>();
        if (revision.target() == null) {
            errors.put("target", "请填写目标值");
        }
        if (revision.weight() == null
                || revision.weight().signum() < 0
                || revision.weight().compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.put("weight", "权重应在 0 至 100 之间");
        }
        if (revision.min() == null) {
            errors.put("min", "请填写可接受的最小值");
        }
        if (revision.max() == null) {
            errors.put("max", "请填写可接受的最大值");
        }
        if (revision.min() != null && revision.max() != null && revision.min().compareTo(revision.max()) > 0) {
            errors.put("max", "最大值不能小于最小值");
        }
        if (revision.target() != null
                && revision.min() != null
                && revision.max() != null
                && (revision.target().compareTo(revision.min()) < 0
                        || revision.target().compareTo(revision.max()) > 0)) {
            errors.put("target", "目标值应在可接受范围之内");
        }
        if (revision.direction() == null) {
            errors.put("direction", "请选择指标方向");
        }
        if (revision.changeNote() == null || revision.changeNote().isBlank()) {
            errors.put("changeNote", "请说明调整原因（将记入版本历史）");
        } else if (revision.changeNote().length() > 300) {
            errors.put("changeNote", "调整原因最多 300 字");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "HEALTHCITY_REVISION_INVALID", "指标调整有误，请按提示修改", errors);
        }
        var now = Instant.now(clock);
        jdbc.sql("update healthcity_indicator set superseded_at = ? where id = ?")
                .params(Timestamp.from(now), old.id())
                .update();
        long id = insert(
                new CatalogueFile.Row(
                        old.code(),
                        old.version() + 1,
                        old.level1(),
                        old.level2(),
                        old.name(),
                        old.definition(),
                        old.numerator(),
                        old.denominator(),
                        old.unit(),
                        old.period(),
                        old.department(),
                        revision.target(),
                        revision.direction(),
                        revision.weight(),
                        revision.min(),
                        revision.max(),
                        old.collection(),
                        old.platformSource(),
                        old.source(),
                        "区爱卫办调整：" + revision.changeNote().strip(),
                        old.verified(),
                        old.local(),
                        old.sortOrder()),
                revision.changeNote().strip(),
                user.username(),
                now);
        audit(user, AuditLog.Action.UPDATE, "healthcity_indicator", List.of(id), "revise indicator " + code);
        return version(id).orElseThrow();
    }

    /** Writes one version of an indicator: a row of the catalogue file, or a revision of the current version. */
    private long insert(CatalogueFile.Row row, String changeNote, String createdBy, Instant createdAt) {
        return jdbc.sql(
                        """
                        insert into healthcity_indicator (code, version, level1, level2, name, definition, numerator,
                          denominator, unit, period, department, target, direction, weight, min_value, max_value,
                          collection, platform_source, source, target_source, verified, local, sort_order,
                          change_note, created_by, created_at)
                        values (:code, :version, :level1, :level2, :name, :definition, :numerator, :denominator,
                          :unit, :period, :department, :target, :direction, :weight, :min, :max, :collection,
                          :platformSource, :source, :targetSource, :verified, :local, :sortOrder, :changeNote,
                          :createdBy, :createdAt)
                        returning id""")
                .param("code", row.code())
                .param("version", row.version())
                .param("level1", row.level1())
                .param("level2", row.level2())
                .param("name", row.name())
                .param("definition", row.definition())
                .param("numerator", row.numerator())
                .param("denominator", row.denominator())
                .param("unit", row.unit())
                .param("period", row.period().name())
                .param("department", row.department().name())
                .param("target", row.target())
                .param("direction", row.direction().name())
                .param("weight", row.weight())
                .param("min", row.min())
                .param("max", row.max())
                .param("collection", row.collection().name())
                .param(
                        "platformSource",
                        row.platformSource() == null || row.platformSource().isBlank() ? null : row.platformSource())
                .param("source", row.source())
                .param("targetSource", row.targetSource())
                .param("verified", row.verified())
                .param("local", row.local())
                .param("sortOrder", row.sortOrder())
                .param("changeNote", changeNote)
                .param("createdBy", createdBy)
                .param("createdAt", Timestamp.from(createdAt))
                .query(Long.class)
                .single();
    }

    static Indicator map(ResultSet rs, int n) throws SQLException {
        Timestamp superseded = rs.getTimestamp("superseded_at");
        return new Indicator(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getInt("version"),
                rs.getString("level1"),
                rs.getString("level2"),
                rs.getString("name"),
                rs.getString("definition"),
                rs.getString("numerator"),
                rs.getString("denominator"),
                rs.getString("unit"),
                ReportingPeriod.valueOf(rs.getString("period")),
                Department.valueOf(rs.getString("department")),
                Numbers.clean(rs.getBigDecimal("target")),
                Direction.valueOf(rs.getString("direction")),
                Numbers.clean(rs.getBigDecimal("weight")),
                Numbers.clean(rs.getBigDecimal("min_value")),
                Numbers.clean(rs.getBigDecimal("max_value")),
                Collection.valueOf(rs.getString("collection")),
                rs.getString("platform_source"),
                rs.getString("source"),
                rs.getString("target_source"),
                rs.getBoolean("verified"),
                rs.getBoolean("local"),
                rs.getInt("sort_order"),
                rs.getString("change_note"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                superseded == null ? null : superseded.toInstant());
    }

    /** Audited for people; the demo and the platform's own jobs (channel SYSTEM) have no session to attribute. */
    private void audit(CurrentUser user, AuditLog.Action action, String type, List<Long> ids, String purpose) {
        if (user.channel() != CurrentUser.Channel.SYSTEM) {
            audit.record(action, type, ids, purpose);
        }
    }
}
