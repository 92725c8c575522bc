package org.regionalhealth.dataspace.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.dataspace.DataspaceProperties;
import org.regionalhealth.dataspace.catalogue.DataCatalogue;
import org.regionalhealth.dataspace.catalogue.Delivery;
import org.regionalhealth.dataspace.catalogue.FieldKind;
import org.regionalhealth.dataspace.catalogue.Product;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purpose-bound access requests: a researcher submits (every field checked at once), a data steward who is not the
 * requester approves — which makes the contract — or rejects with a reason.
 */
@Service
public class AccessRequests {

    private static final String SELECT =
            """
            select r.*, p.code as product_code, p.name as product_name,
                   (select c.id from dataspace_contract c where c.request_id = r.id) as contract_id
              from dataspace_request r join dataspace_product p on p.id = r.product_id""";

    private final JdbcClient jdbc;
    private final DataCatalogue catalogue;
    private final DataspaceProperties properties;
    private final AuditLog audit;
    private final Labels labels;
    private final Clock clock;

    AccessRequests(
            JdbcClient jdbc,
            DataCatalogue catalogue,
            DataspaceProperties properties,
            AuditLog audit,
            Labels labels,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.properties = properties;
        this.audit = audit;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * Files a request.
     *
     * @throws PlatformException 400 {@code DATASPACE_REQUEST_INVALID} with every bad field; 403 for another role
     */
    @Transactional
    public long submit(RequestForm form, CurrentUser user) {
        if (user.role() != Role.RESEARCHER) {
            throw PlatformException.forbidden("DATASPACE_RESEARCHER_ONLY", "只有数据使用方可以提交数据申请");
        }
        var product = catalogue
                .product(form.productId())
                .orElseThrow(() -> PlatformException.notFound("DATASPACE_PRODUCT_NOT_FOUND", "没有找到该数据产品"));
        var errors = validate(form, product);
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "DATASPACE_REQUEST_INVALID",
                    "申请有 " + errors.size() + " 处需要修改：" + String.join("；", errors.values()),
                    errors);
        }
        var fields = form.fields().stream().map(FieldKind::valueOf).toList();
        long id = jdbc.sql(
                        """
                        insert into dataspace_request (product_id, requester, requester_name, purpose, purpose_detail,
                            fields, period_from, period_to, recipient, ethics_approval, delivery, uses, days, state,
                            submitted_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?) returning id""")
                .params(
                        product.id(),
                        user.username(),
                        user.displayName(),
                        form.purpose(),
                        form.purposeDetail().strip(),
                        DataCatalogue.join(fields),
                        form.periodFrom(),
                        form.periodTo(),
                        form.recipient().strip(),
                        blankToNull(form.ethicsApproval()),
                        form.delivery(),
                        form.uses(),
                        form.days(),
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        audit.record(
                AuditLog.Action.CREATE, "dataspace_request", List.of(id), "data-space request for " + product.code());
        return id;
    }

    /** Every problem of a form, keyed by field, in Chinese (a page shows them beside its own parse errors). */
    public Map<String, String> problems(RequestForm form) {
        var product = catalogue
                .product(form.productId())
                .orElseThrow(() -> PlatformException.notFound("DATASPACE_PRODUCT_NOT_FOUND", "没有找到该数据产品"));
        return validate(form, product);
    }

    /** Every problem of a form, keyed by field, in Chinese. */
    Map<String, String> validate(RequestForm form, Product product) {
        var errors = new LinkedHashMap<String, String>();
        if (!product.releasable()) {
            errors.put("productId", "该数据产品为目录演示条目，暂无可交付的数据，不受理申请");
        }
        Purpose purpose = null;
        if (form.purpose() == null || form.purpose().isBlank()) {
            errors.put("purpose", "请选择数据用途");
        } else {
            try {
                purpose = Purpose.valueOf(form.purpose());
            } catch (IllegalArgumentException e) {
                errors.put("purpose", "数据用途只能是科学研究、公共卫生监测与评价或卫生管理决策");
            }
        }
        String detail = form.purposeDetail() == null ? "" : form.purposeDetail().strip();
        if (detail.length() < 10) {
            errors.put("purposeDetail", "请写明具体用途（研究题目或工作任务，至少 10 个字）");
        } else if (detail.length() > 500) {
            errors.put("purposeDetail", "具体用途最多 500 个字");
        }
        if (form.fields() == null || form.fields().isEmpty()) {
            errors.put("fields", "请至少选择一个字段");
        } else {
            var bad = new ArrayList<String>();
            for (String name : form.fields()) {
                FieldKind kind;
                try {
                    kind = FieldKind.valueOf(name);
                } catch (IllegalArgumentException e) {
                    bad.add("未知字段");
                    continue;
                }
                if (kind.direct()) {
                    bad.add(labels.zh(kind) + "是直接标识符，任何情况下都不可申请");
                } else if (!product.fields().contains(kind)) {
                    bad.add(labels.zh(kind) + "不属于该数据产品");
                }
            }
            if (!bad.isEmpty()) {
                errors.put("fields", String.join("；", bad));
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (form.periodFrom() == null) {
            errors.put("periodFrom", "请填写数据起始日期");
        }
        if (form.periodTo() == null) {
            errors.put("periodTo", "请填写数据截止日期");
        }
        if (form.periodFrom() != null && form.periodTo() != null) {
            if (form.periodFrom().isAfter(form.periodTo())) {
                errors.put("periodTo", "截止日期不能早于起始日期");
            } else if (form.periodTo().isAfter(today)) {
                errors.put("periodTo", "截止日期不能晚于今天");
            } else if (form.periodFrom().isBefore(today.minusYears(10))) {
                errors.put("periodFrom", "起始日期最早为十年前");
            }
        }
        if (form.recipient() == null || form.recipient().isBlank()) {
            errors.put("recipient", "请填写接收数据的单位");
        } else if (form.recipient().strip().length() > 100) {
            errors.put("recipient", "接收单位最多 100 个字");
        }
        if (purpose == Purpose.SCIENTIFIC_RESEARCH
                && (form.ethicsApproval() == null || form.ethicsApproval().isBlank())) {
            errors.put("ethicsApproval", "科学研究用途须填写伦理审查批件号");
        } else if (form.ethicsApproval() != null
                && form.ethicsApproval().strip().length() > 60) {
            errors.put("ethicsApproval", "伦理审查批件号最多 60 个字符");
        }
        if (form.delivery() == null || form.delivery().isBlank()) {
            errors.put("delivery", "请选择交付方式");
        } else {
            try {
                var delivery = Delivery.valueOf(form.delivery());
                if (delivery == Delivery.BOTH) {
                    errors.put("delivery", "请在空间内查询与下载文件中选择一种");
                } else if (!product.delivery().allows(delivery)) {
                    errors.put("delivery", "该数据产品不提供此交付方式");
                }
            } catch (IllegalArgumentException e) {
                errors.put("delivery", "交付方式只能是空间内查询或文件下载");
            }
        }
        if (form.uses() == null || form.uses() < 1 || form.uses() > properties.maxUses()) {
            errors.put("uses", "使用次数须在 1 到 " + properties.maxUses() + " 之间");
        }
        if (form.days() == null || form.days() < 1 || form.days() > properties.maxDays()) {
            errors.put("days", "有效期须在 1 到 " + properties.maxDays() + " 天之间");
        }
        return errors;
    }

    /**
     * A steward decides a submitted request; an approval makes the contract, valid from now for the days asked.
     *
     * @return the contract's id on approval, null on rejection
     */
    @Transactional
    public @Nullable Long decide(long id, boolean approve, @Nullable String note, CurrentUser user) {
        if (user.role() != Role.DATA_STEWARD) {
            throw PlatformException.forbidden("DATASPACE_STEWARD_ONLY", "只有数据管理员可以审批数据申请");
        }
        var request = get(id, user);
        if (request.state() != RequestState.SUBMITTED) {
            throw PlatformException.conflict("DATASPACE_ALREADY_DECIDED", "该申请已审批，不能重复审批");
        }
        if (request.requester().equals(user.username())) {
            throw PlatformException.forbidden("DATASPACE_SELF_APPROVAL", "不能审批自己提交的申请");
        }
        if (!approve && (note == null || note.isBlank())) {
            throw PlatformException.invalidField("DATASPACE_REJECT_REASON", "note", "驳回时请写明原因");
        }
        if (note != null && note.length() > 300) {
            throw PlatformException.invalidField("DATASPACE_NOTE_TOO_LONG", "note", "审批意见最多 300 个字");
        }
        Instant now = Instant.now(clock);
        int changed = jdbc.sql(
                        """
                        update dataspace_request set state = ?, decided_by = ?, decided_at = ?, decision_note = ?
                         where id = ? and state = 'SUBMITTED'""")
                .params(approve ? "APPROVED" : "REJECTED", user.username(), Timestamp.from(now), blankToNull(note), id)
                .update();
        if (changed == 0) {
            throw PlatformException.conflict("DATASPACE_ALREADY_DECIDED", "该申请已审批，不能重复审批");
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "dataspace_request",
                List.of(id),
                (approve ? "approve" : "reject") + " data-space request " + id);
        if (!approve) {
            return null;
        }
        var product = catalogue.product(request.productId()).orElseThrow();
        Instant expires = now.plus(Duration.ofDays(request.days()));
        long contractId = jdbc.sql("select nextval('dataspace_contract_id_seq')")
                .query(Long.class)
                .single();
        String policy = ContractPolicy.odrl(
                contractId,
                product.code(),
                request.requester(),
                request.purpose(),
                request.fields().stream().map(Enum::name).toList(),
                request.periodFrom().toString(),
                request.periodTo().toString(),
                request.recipient(),
                request.delivery(),
                product.k(),
                request.uses(),
                expires);
        jdbc.sql(
                        """
                        insert into dataspace_contract (id, request_id, product_id, holder, approved_by, purpose, fields,
                            period_from, period_to, recipient, delivery, k_value, max_uses, starts_at, expires_at, policy)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        contractId,
                        id,
                        product.id(),
                        request.requester(),
                        user.username(),
                        request.purpose().name(),
                        DataCatalogue.join(request.fields()),
                        request.periodFrom(),
                        request.periodTo(),
                        request.recipient(),
                        request.delivery().name(),
                        product.k(),
                        request.uses(),
                        Timestamp.from(now),
                        Timestamp.from(expires),
                        policy)
                .update();
        audit.record(AuditLog.Action.CREATE, "dataspace_contract", List.of(contractId), "contract for request " + id);
        return contractId;
    }

    /** A request its requester, a steward or the administrator may see; anybody else gets 404. */
    public AccessRequest get(long id, CurrentUser user) {
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(id)
                .query((rs, n) -> request(rs))
                .optional()
                .filter(r -> user.role() == Role.DATA_STEWARD
                        || user.role() == Role.DISTRICT_ADMIN
                        || r.requester().equals(user.username()))
                .orElseThrow(() -> PlatformException.notFound("DATASPACE_REQUEST_NOT_FOUND", "没有找到该申请"));
    }

    /** The researcher's own requests, or every request for a steward or the administrator; by state, newest first. */
    public PageResult<AccessRequest> list(CurrentUser user, @Nullable RequestState state, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        boolean all = user.role() != Role.RESEARCHER;
        String stateName = state == null ? null : state.name();
        String where = " where (? or r.requester = ?) and (cast(? as varchar) is null or r.state = ?)";
        long total = jdbc.sql("select count(*) from dataspace_request r" + where)
                .params(all, user.username(), stateName, stateName)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + where + " order by r.id desc limit ? offset ?")
                .params(all, user.username(), stateName, stateName, bounded, (long) Math.max(0, page) * bounded)
                .query((rs, n) -> request(rs))
                .list();
        return new PageResult<>(items, total, Math.max(0, page), bounded);
    }

    public long pending() {
        return jdbc.sql("select count(*) from dataspace_request where state = 'SUBMITTED'")
                .query(Long.class)
                .single();
    }

    private static AccessRequest request(ResultSet rs) throws SQLException {
        var decided = rs.getTimestamp("decided_at");
        Long contract = rs.getObject("contract_id") == null ? null : rs.getLong("contract_id");
        return new AccessRequest(
                rs.getLong("id"),
                rs.getLong("product_id"),
                rs.getString("product_code"),
                rs.getString("product_name"),
                rs.getString("requester"),
                rs.getString("requester_name"),
                Purpose.valueOf(rs.getString("purpose")),
                rs.getString("purpose_detail"),
                DataCatalogue.split(rs.getString("fields")),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getString("recipient"),
                rs.getString("ethics_approval"),
                Delivery.valueOf(rs.getString("delivery")),
                rs.getInt("uses"),
                rs.getInt("days"),
                RequestState.valueOf(rs.getString("state")),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(),
                rs.getString("decision_note"),
                contract);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
