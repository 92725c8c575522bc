package org.regionalhealth.childcare.subsidy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.childcare.ApplicationState;
import org.regionalhealth.childcare.BatchState;
import org.regionalhealth.childcare.ChildcareRegistry;
import org.regionalhealth.childcare.NewApplication;
import org.regionalhealth.childcare.Payment;
import org.regionalhealth.childcare.PaymentBatch;
import org.regionalhealth.childcare.Reconciliation;
import org.regionalhealth.childcare.SubsidyApplication;
import org.regionalhealth.childcare.SubsidyApplied;
import org.regionalhealth.childcare.SubsidyLedger;
import org.regionalhealth.childcare.SubsidyPaid;
import org.regionalhealth.childcare.SubsidyRule;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentBulkLoad;
import org.regionalhealth.residents.ResidentIdNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ledger in PostgreSQL; the unique indexes are what make "once" hold under concurrency. */
@Service
class JdbcSubsidyLedger implements SubsidyLedger {

    static final Set<String> RELATIONS = Set.of("父亲", "母亲", "其他监护人");

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12,30}");

    private static final String APPLICATION_SELECT =
            """
            select a.*, r.version as rule_version, p.batch_id from childcare_subsidy_application a
            join childcare_subsidy_rule r on r.id = a.rule_id
            left join childcare_payment p on p.application_id = a.id
            """;

    private final JdbcClient jdbc;
    private final ChildcareRegistry registry;
    private final Organizations organizations;
    private final ResidentBulkLoad residents;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcSubsidyLedger(
            JdbcClient jdbc,
            ChildcareRegistry registry,
            Organizations organizations,
            ResidentBulkLoad residents,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.organizations = organizations;
        this.residents = residents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<SubsidyRule> rules() {
        return jdbc.sql("select * from childcare_subsidy_rule order by scheme, version desc")
                .query(JdbcSubsidyLedger::rule)
                .list();
    }

    @Override
    public Optional<SubsidyRule> currentRule(String scheme) {
        var today = LocalDate.now(clock);
        return rules().stream()
                .filter(r -> r.scheme().equals(scheme) && r.validOn(today))
                .findFirst();
    }

    @Override
    @Transactional
    public SubsidyApplication apply(NewApplication a, CurrentUser user) {
        var today = LocalDate.now(clock);
        var errors = new LinkedHashMap<String, String>();
        var rule = currentRule(a.scheme() == null ? "" : a.scheme()).orElse(null);
        if (rule == null) {
            errors.put("scheme", "请选择补贴项目");
        }
        String id = a.childIdNumber() == null ? "" : a.childIdNumber().strip().toUpperCase();
        var idProblem = ResidentIdNumber.problemWith(id, today);
        idProblem.ifPresent(p -> errors.put("childIdNumber", p));
        String childName = a.childName() == null ? "" : a.childName().strip();
        if (childName.isEmpty() || childName.length() > 30) {
            errors.put("childName", "请填写孩子姓名（30字以内）");
        }
        String town = a.hukouTown() == null ? "" : a.hukouTown().strip();
        if (!town.equals("OTHER") && organizations.division(town).isEmpty()) {
            errors.put("hukouTown", "请选择孩子户籍所在镇街");
        }
        int firstYear = rule == null ? 2025 : rule.validFrom().getYear();
        if (a.period() < firstYear || a.period() > today.getYear()) {
            errors.put("period", "申请年度应在 " + firstYear + " 到 " + today.getYear() + " 之间");
        }
        String applicant = a.applicantName() == null ? "" : a.applicantName().strip();
        if (applicant.isEmpty() || applicant.length() > 30) {
            errors.put("applicantName", "请填写申请人姓名（30字以内）");
        }
        String phone = a.applicantPhone() == null ? "" : a.applicantPhone().strip();
        if (!PHONE.matcher(phone).matches()) {
            errors.put("applicantPhone", "请填写11位手机号码");
        }
        if (a.relation() == null || !RELATIONS.contains(a.relation())) {
            errors.put("relation", "请选择与孩子的关系");
        }
        String account = a.bankAccount() == null ? "" : a.bankAccount().replace(" ", "");
        if (!ACCOUNT.matcher(account).matches()) {
            errors.put("bankAccount", "请填写12到30位数字的银行卡号或社保卡金融账户");
        }
        LocalDate birth = idProblem.isEmpty() ? new ResidentIdNumber(id).birthDate() : null;
        if (rule != null && birth != null && !errors.containsKey("period") && !errors.containsKey("hukouTown")) {
            boolean enrolled = rule.requiresEnrolment() && registry.enrolledInFiledInstitution(id, today);
            Entitlement.problems(birth, a.period(), town, enrolled, a.employed(), rule)
                    .forEach(errors::putIfAbsent);
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "SUBSIDY_APPLICATION_INVALID",
                    "申请信息有误：" + String.join("；", errors.values()),
                    errors);
        }
        int months = Entitlement.months(birth, a.period(), rule);
        BigDecimal amount = rule.amountFor(months);
        Long childResident = residents.idOf(new ResidentIdNumber(id)).orElse(null);
        Instant now = Instant.now(clock);
        long applicationId;
        try {
            applicationId = jdbc.sql(
                            """
                            insert into childcare_subsidy_application (rule_id, scheme, period, child_id_number,
                                child_name, birth_date, child_resident_id, hukou_town, applicant_name, applicant_phone,
                                applicant_resident_id, relation, employed, bank_account, months, amount, state,
                                submitted_at, updated_at)
                            values (:rule, :scheme, :period, :id, :child, :birth, :childResident, :town, :applicant,
                                :phone, :applicantResident, :relation, :employed, :account, :months, :amount,
                                'SUBMITTED', :at, :at)
                            returning id""")
                    .param("rule", rule.id())
                    .param("scheme", rule.scheme())
                    .param("period", a.period())
                    .param("id", id)
                    .param("child", childName)
                    .param("birth", birth)
                    .param("childResident", childResident)
                    .param("town", town)
                    .param("applicant", applicant)
                    .param("phone", phone)
                    .param("applicantResident", a.applicantResidentId())
                    .param("relation", a.relation())
                    .param("employed", a.employed())
                    .param("account", account)
                    .param("months", months)
                    .param("amount", amount)
                    .param("at", Timestamp.from(now))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            String message = "该孩子" + a.period() + "年度的" + rule.name() + "已有申请，不能重复申请";
            throw new PlatformException(
                    HttpStatus.CONFLICT, "SUBSIDY_DUPLICATE", message, Map.of("childIdNumber", message));
        }
        step(applicationId, "SUBMIT", "SUBMITTED", null, user, now);
        audit(user, AuditLog.Action.CREATE, "childcare_subsidy_application", List.of(applicationId), "提交育儿补贴申请");
        events.publishEvent(new SubsidyApplied(applicationId, rule.scheme(), a.period(), childResident, amount));
        return load(applicationId).orElseThrow();
    }

    @Override
    public PageResult<SubsidyApplication> queue(
            @Nullable ApplicationState state, @Nullable String text, CurrentUser user, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        if (!districtWide(user)) {
            return new PageResult<>(List.of(), 0, 0, bounded);
        }
        var where = new StringBuilder(" where true");
        var params = new HashMap<String, Object>();
        if (state != null) {
            where.append(" and a.state = :state");
            params.put("state", state.name());
        }
        if (text != null && !text.isBlank()) {
            String t = text.strip().toUpperCase();
            if (t.matches("\\d{1,12}")) {
                where.append(" and (a.id = :number or a.child_id_number = :text)");
                params.put("number", Long.parseLong(t));
                params.put("text", t);
            } else if (t.matches("\\d{17}[\\dX]")) {
                where.append(" and a.child_id_number = :text");
                params.put("text", t);
            } else {
                where.append(" and (a.child_name like :like or a.applicant_name like :like)");
                params.put("like", t + "%");
            }
        }
        long total = jdbc.sql("select count(*) from childcare_subsidy_application a" + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql(APPLICATION_SELECT + where + " order by a.submitted_at, a.id limit :limit offset :offset")
                .params(params)
                .param("limit", bounded)
                .param("offset", Math.max(page, 0) * bounded)
                .query(JdbcSubsidyLedger::application)
                .list();
        if (!items.isEmpty()) {
            audit(
                    user,
                    AuditLog.Action.SEARCH,
                    "childcare_subsidy_application",
                    items.stream().map(SubsidyApplication::id).toList(),
                    "育儿补贴审核队列");
        }
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    public Optional<SubsidyApplication> find(long id, CurrentUser user) {
        var found = load(id).filter(a -> districtWide(user)
                || (user.scope().residentId().isPresent()
                        && user.scope().residentId().get().equals(a.applicantResidentId())));
        found.ifPresent(
                a -> audit(user, AuditLog.Action.READ, "childcare_subsidy_application", List.of(a.id()), "查看育儿补贴申请"));
        return found;
    }

    @Override
    @Transactional
    public SubsidyApplication approve(long id, CurrentUser user) {
        requireDistrict(user);
        var state = lockState(id);
        Instant now = Instant.now(clock);
        ApplicationState next;
        String step;
        if (state == ApplicationState.SUBMITTED) {
            next = ApplicationState.REVIEWED;
            step = "FIRST_REVIEW";
        } else if (state == ApplicationState.REVIEWED) {
            // four eyes: 初审 and 审核确认 by two different officers
            if (firstReviewedBy(id, user)) {
                throw PlatformException.conflict("SUBSIDY_FOUR_EYES", "初审和审核确认须由两名不同的经办人员完成：本申请由您初审，请由另一位经办人员审核确认");
            }
            next = ApplicationState.APPROVED;
            step = "CONFIRM";
        } else {
            throw PlatformException.conflict("SUBSIDY_STATE", "该申请当前状态不能审核通过");
        }
        jdbc.sql("update childcare_subsidy_application set state = ?, updated_at = ? where id = ?")
                .params(next.name(), Timestamp.from(now), id)
                .update();
        step(id, step, next.name(), null, user, now);
        audit(user, AuditLog.Action.UPDATE, "childcare_subsidy_application", List.of(id), "育儿补贴审核通过");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public SubsidyApplication returnWithReason(long id, String reason, CurrentUser user) {
        requireDistrict(user);
        String r = reason == null ? "" : reason.strip();
        if (r.length() < 2 || r.length() > 300) {
            throw PlatformException.invalidField("SUBSIDY_REASON_REQUIRED", "reason", "请填写退回原因（2到300字）");
        }
        var state = lockState(id);
        if (state != ApplicationState.SUBMITTED && state != ApplicationState.REVIEWED) {
            throw PlatformException.conflict("SUBSIDY_STATE", "该申请当前状态不能退回");
        }
        Instant now = Instant.now(clock);
        jdbc.sql(
                        "update childcare_subsidy_application set state = 'RETURNED', return_reason = ?, updated_at = ? where id = ?")
                .params(r, Timestamp.from(now), id)
                .update();
        step(id, state == ApplicationState.SUBMITTED ? "FIRST_REVIEW" : "CONFIRM", "RETURNED", r, user, now);
        audit(user, AuditLog.Action.UPDATE, "childcare_subsidy_application", List.of(id), "育儿补贴退回");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public int approveAll(List<Long> ids, CurrentUser user) {
        requireDistrict(user);
        int moved = 0;
        for (long id : ids) {
            var state = jdbc.sql("select state from childcare_subsidy_application where id = ? for update")
                    .param(id)
                    .query(String.class)
                    .optional();
            if (state.isPresent()
                    && (state.get().equals("SUBMITTED")
                            || (state.get().equals("REVIEWED") && !firstReviewedBy(id, user)))) {
                approve(id, user);
                moved++;
            }
        }
        return moved;
    }

    @Override
    @Transactional
    public PaymentBatch pay(String idempotencyKey, CurrentUser user) {
        requireDistrict(user);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
            throw PlatformException.invalid("SUBSIDY_BATCH_KEY", "缺少付款批次的幂等键");
        }
        Instant now = Instant.now(clock);
        var created = jdbc.sql(
                        """
                        insert into childcare_payment_batch (idempotency_key, created_at, created_by, payments, total, state)
                        values (?, ?, ?, 0, 0, 'CREATED') on conflict (idempotency_key) do nothing returning id""")
                .params(idempotencyKey, Timestamp.from(now), user.username())
                .query(Long.class)
                .optional();
        if (created.isEmpty()) {
            // the same request again (a double click, a retry): the batch it made
            long existing = jdbc.sql("select id from childcare_payment_batch where idempotency_key = ?")
                    .param(idempotencyKey)
                    .query(Long.class)
                    .single();
            return batchRow(existing).orElseThrow();
        }
        long batchId = created.get();
        // the amount is computed again from the rule version the application names, so the payment traces to it
        jdbc.sql(
                        """
                        insert into childcare_payment (batch_id, application_id, rule_id, months, amount, paid_at)
                        select :batch, a.id, a.rule_id, a.months, round(r.annual_amount * a.months / 12, 2), :at
                        from childcare_subsidy_application a join childcare_subsidy_rule r on r.id = a.rule_id
                        where a.state = 'APPROVED'
                            and not exists (select 1 from childcare_payment p where p.application_id = a.id)
                        order by a.id
                        on conflict (application_id) do nothing""")
                .param("batch", batchId)
                .param("at", Timestamp.from(now))
                .update();
        jdbc.sql(
                        """
                        update childcare_subsidy_application a set state = 'PAID', updated_at = :at
                        from childcare_payment p where p.application_id = a.id and p.batch_id = :batch""")
                .param("batch", batchId)
                .param("at", Timestamp.from(now))
                .update();
        jdbc.sql(
                        """
                        update childcare_payment_batch b set payments = s.n, total = s.total
                        from (select count(*) as n, coalesce(sum(amount), 0) as total from childcare_payment
                              where batch_id = :batch) s
                        where b.id = :batch""")
                .param("batch", batchId)
                .update();
        var batch = batchRow(batchId).orElseThrow();
        audit(user, AuditLog.Action.CREATE, "childcare_payment_batch", List.of(batchId), "育儿补贴付款批次");
        events.publishEvent(new SubsidyPaid(batchId, batch.payments(), batch.total(), now));
        return batch;
    }

    @Override
    @Transactional
    public Reconciliation reconcile(long batchId, CurrentUser user) {
        requireDistrict(user);
        var batch =
                batchRow(batchId).orElseThrow(() -> PlatformException.notFound("SUBSIDY_BATCH_NOT_FOUND", "未找到该付款批次"));
        var rules = new HashMap<Long, SubsidyRule>();
        rules().forEach(r -> rules.put(r.id(), r));
        var problems = new ArrayList<String>();
        int[] counts = new int[2];
        BigDecimal[] total = {BigDecimal.ZERO};
        jdbc.sql(
                        """
                        select p.id, p.application_id, p.rule_id, p.months, p.amount, a.rule_id as app_rule,
                            a.months as app_months, a.amount as app_amount, a.state, a.birth_date, a.period,
                            (select count(*) from childcare_payment q where q.application_id = p.application_id) as times
                        from childcare_payment p join childcare_subsidy_application a on a.id = p.application_id
                        where p.batch_id = ? order by p.id""")
                .param(batchId)
                .query((ResultSet rs) -> {
                    counts[0]++;
                    BigDecimal amount = rs.getBigDecimal("amount");
                    total[0] = total[0].add(amount);
                    long app = rs.getLong("application_id");
                    var rule = rules.get(rs.getLong("rule_id"));
                    var before = problems.size();
                    if (rule == null || rs.getLong("app_rule") != rule.id()) {
                        problems.add("申请 " + app + "：付款所依据的规则版本与申请不一致");
                    } else {
                        int months = Entitlement.months(
                                rs.getObject("birth_date", LocalDate.class), rs.getInt("period"), rule);
                        if (months != rs.getInt("months") || months != rs.getInt("app_months")) {
                            problems.add("申请 " + app + "：应补贴月数应为 " + months + "，付款为 " + rs.getInt("months"));
                        }
                        if (rule.amountFor(months).compareTo(amount) != 0
                                || rs.getBigDecimal("app_amount").compareTo(amount) != 0) {
                            problems.add("申请 " + app + "：金额应为 " + rule.amountFor(months) + " 元，付款为 " + amount + " 元");
                        }
                    }
                    if (!"PAID".equals(rs.getString("state"))) {
                        problems.add("申请 " + app + "：已付款但状态不是已发放");
                    }
                    if (rs.getInt("times") != 1) {
                        problems.add("申请 " + app + "：被付款 " + rs.getInt("times") + " 次");
                    }
                    if (problems.size() == before) {
                        counts[1]++;
                    }
                });
        if (counts[0] != batch.payments() || total[0].compareTo(batch.total()) != 0) {
            problems.add("批次汇总（" + batch.payments() + " 笔，" + batch.total() + " 元）与明细（" + counts[0] + " 笔，" + total[0]
                    + " 元）不符");
        }
        jdbc.sql(
                        "update childcare_payment_batch set state = ?, reconciled_at = ?, reconciled_by = ?, mismatches = ? where id = ?")
                .params(
                        problems.isEmpty() ? BatchState.RECONCILED.name() : BatchState.DISCREPANCY.name(),
                        Timestamp.from(Instant.now(clock)),
                        user.username(),
                        problems.size(),
                        batchId)
                .update();
        audit(user, AuditLog.Action.UPDATE, "childcare_payment_batch", List.of(batchId), "育儿补贴付款对账");
        return new Reconciliation(batchId, counts[0], total[0], counts[1], List.copyOf(problems));
    }

    @Override
    public PageResult<PaymentBatch> batches(CurrentUser user, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        if (!districtWide(user)) {
            return new PageResult<>(List.of(), 0, 0, bounded);
        }
        long total = jdbc.sql("select count(*) from childcare_payment_batch")
                .query(Long.class)
                .single();
        var items = jdbc.sql("select * from childcare_payment_batch order by id desc limit ? offset ?")
                .params(bounded, Math.max(page, 0) * bounded)
                .query(JdbcSubsidyLedger::batch)
                .list();
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    public Optional<PaymentBatch> batch(long id, CurrentUser user) {
        return districtWide(user) ? batchRow(id) : Optional.empty();
    }

    @Override
    public List<Payment> payments(long batchId, CurrentUser user) {
        requireDistrict(user);
        var list = jdbc.sql(
                        """
                        select p.*, a.scheme, r.version, a.period, a.child_id_number, a.child_name, a.applicant_name,
                            a.bank_account
                        from childcare_payment p join childcare_subsidy_application a on a.id = p.application_id
                        join childcare_subsidy_rule r on r.id = p.rule_id
                        where p.batch_id = ? order by p.id""")
                .param(batchId)
                .query((rs, n) -> new Payment(
                        rs.getLong("id"),
                        rs.getLong("batch_id"),
                        rs.getLong("application_id"),
                        rs.getString("scheme"),
                        rs.getInt("version"),
                        rs.getInt("period"),
                        rs.getString("child_id_number"),
                        rs.getString("child_name"),
                        rs.getString("applicant_name"),
                        rs.getString("bank_account"),
                        rs.getInt("months"),
                        rs.getBigDecimal("amount"),
                        rs.getTimestamp("paid_at").toInstant()))
                .list();
        return list;
    }

    @Override
    public List<SubsidyApplication> ofApplicant(long residentId) {
        return jdbc.sql(APPLICATION_SELECT + " where a.applicant_resident_id = ? order by a.submitted_at desc limit 20")
                .param(residentId)
                .query(JdbcSubsidyLedger::application)
                .list();
    }

    @Override
    public List<SubsidyApplication> ofChild(long residentId) {
        return jdbc.sql(APPLICATION_SELECT + " where a.child_resident_id = ? order by a.submitted_at desc limit 10")
                .param(residentId)
                .query(JdbcSubsidyLedger::application)
                .list();
    }

    @Override
    public Map<ApplicationState, Long> countByState(CurrentUser user) {
        var counts = new EnumMap<ApplicationState, Long>(ApplicationState.class);
        for (var s : ApplicationState.values()) {
            counts.put(s, 0L);
        }
        if (!districtWide(user)) {
            return counts;
        }
        jdbc.sql("select state, count(*) as n from childcare_subsidy_application group by state")
                .query((ResultSet rs) -> {
                    counts.put(ApplicationState.valueOf(rs.getString("state")), rs.getLong("n"));
                });
        return counts;
    }

    private ApplicationState lockState(long id) {
        return jdbc.sql("select state from childcare_subsidy_application where id = ? for update")
                .param(id)
                .query(String.class)
                .optional()
                .map(ApplicationState::valueOf)
                .orElseThrow(() -> PlatformException.notFound("SUBSIDY_NOT_FOUND", "未找到该申请"));
    }

    /** Whether the user passed the application's latest first review (初审), so may not confirm it. */
    private boolean firstReviewedBy(long id, CurrentUser user) {
        return jdbc.sql(
                        """
                        select officer from childcare_subsidy_step
                         where application_id = ? and step = 'FIRST_REVIEW' and decision = 'REVIEWED'
                         order by at desc, id desc limit 1""")
                .param(id)
                .query(String.class)
                .optional()
                .map(user.username()::equals)
                .orElse(false);
    }

    private void step(long id, String step, String decision, @Nullable String reason, CurrentUser user, Instant at) {
        jdbc.sql(
                        """
                        insert into childcare_subsidy_step (application_id, step, decision, reason, officer, at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, step, decision, reason, user.username(), Timestamp.from(at))
                .update();
    }

    /** The ledger covers the district: only users whose scope is the whole district work it. */
    private boolean districtWide(CurrentUser user) {
        return !user.scope().isResidentOnly()
                && user.scope().unitPath().equals(organizations.root().path());
    }

    private void requireDistrict(CurrentUser user) {
        if (!districtWide(user)) {
            throw PlatformException.forbidden("SUBSIDY_FORBIDDEN", "育儿补贴由区级经办人员审核");
        }
    }

    private Optional<SubsidyApplication> load(long id) {
        return jdbc.sql(APPLICATION_SELECT + " where a.id = ?")
                .param(id)
                .query(JdbcSubsidyLedger::application)
                .optional();
    }

    private Optional<PaymentBatch> batchRow(long id) {
        return jdbc.sql("select * from childcare_payment_batch where id = ?")
                .param(id)
                .query(JdbcSubsidyLedger::batch)
                .optional();
    }

    static SubsidyRule rule(ResultSet rs, int n) throws SQLException {
        return new SubsidyRule(
                rs.getLong("id"),
                rs.getString("scheme"),
                rs.getInt("version"),
                rs.getString("name"),
                rs.getBigDecimal("annual_amount"),
                rs.getInt("age_limit_months"),
                rs.getString("residence_prefix"),
                rs.getBoolean("requires_enrolment"),
                rs.getBoolean("requires_employment"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("source"),
                rs.getBoolean("confirmed"),
                rs.getString("note"));
    }

    private static SubsidyApplication application(ResultSet rs, int n) throws SQLException {
        long child = rs.getLong("child_resident_id");
        Long childId = rs.wasNull() ? null : child;
        long applicant = rs.getLong("applicant_resident_id");
        Long applicantId = rs.wasNull() ? null : applicant;
        long batch = rs.getLong("batch_id");
        Long batchId = rs.wasNull() ? null : batch;
        return new SubsidyApplication(
                rs.getLong("id"),
                rs.getLong("rule_id"),
                rs.getString("scheme"),
                rs.getInt("rule_version"),
                rs.getInt("period"),
                rs.getString("child_id_number"),
                rs.getString("child_name"),
                rs.getObject("birth_date", LocalDate.class),
                childId,
                rs.getString("hukou_town"),
                rs.getString("applicant_name"),
                rs.getString("applicant_phone"),
                applicantId,
                rs.getString("relation"),
                rs.getString("bank_account"),
                rs.getInt("months"),
                rs.getBigDecimal("amount"),
                ApplicationState.valueOf(rs.getString("state")),
                rs.getString("return_reason"),
                rs.getTimestamp("submitted_at").toInstant(),
                batchId);
    }

    private static PaymentBatch batch(ResultSet rs, int n) throws SQLException {
        var reconciled = rs.getTimestamp("reconciled_at");
        int mismatches = rs.getInt("mismatches");
        Integer m = rs.wasNull() ? null : mismatches;
        return new PaymentBatch(
                rs.getLong("id"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getInt("payments"),
                rs.getBigDecimal("total"),
                BatchState.valueOf(rs.getString("state")),
                reconciled == null ? null : reconciled.toInstant(),
                m);
    }

    /** Reads and writes by a person are audited; the system's own writes (demo seeding) are not a person's access. */
    private void audit(CurrentUser user, AuditLog.Action action, String type, List<Long> ids, String purpose) {
        if (user.channel() != CurrentUser.Channel.SYSTEM) {
            audit.record(action, type, ids, purpose);
        }
    }
}
