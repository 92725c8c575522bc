package org.regionalhealth.familydoctor.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.familydoctor.FamilyDoctorProperties;
import org.regionalhealth.familydoctor.contracts.Contract.Status;
import org.regionalhealth.familydoctor.people.People;
import org.regionalhealth.familydoctor.teams.Teams;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Sha256;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract life cycle (《家庭医生签约服务管理规范（试行）》国卫基层发〔2018〕35号; research §2.5): apply → review →
 * sign with an electronic signature record → renew each year (from {@code renewalReminderDays} before the end) →
 * switch team or terminate. A resident holds one open contract at a time (the partial unique index
 * {@code familydoctor_one_team_at_a_time}); a team signs no more residents than its capacity.
 */
@Component
public class Contracts {

    /** How a resident signed: in person on a pad, in the 浙里办 app, or on paper scanned in. */
    public static final Set<String> SIGNATURE_METHODS = Set.of("HANDWRITTEN_PAD", "MOBILE_APP", "PAPER_SCAN");

    private final JdbcClient jdbc;
    private final People people;
    private final Teams teams;
    private final ServicePackages packages;
    private final AuditLog audit;
    private final FamilyDoctorProperties properties;

    private final Clock clock;

    Contracts(
            JdbcClient jdbc,
            People people,
            Teams teams,
            ServicePackages packages,
            AuditLog audit,
            FamilyDoctorProperties properties,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.people = people;
        this.teams = teams;
        this.packages = packages;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional
    public Contract apply(long residentId, long teamId, String packageCode, CurrentUser user) {
        var person = people.enrol(residentId, user, "familydoctor contract application");
        var team = teams.lockForSigning(teamId, user.scope());
        if (!packages.exists(packageCode)) {
            throw PlatformException.invalidField("PACKAGE_UNKNOWN", "packageCode", "服务包不存在：" + packageCode);
        }
        if (team.full()) {
            throw PlatformException.conflict("TEAM_FULL", "团队签约人数已满（上限" + team.capacity() + "人）");
        }
        try {
            long id = jdbc.sql(
                            """
                            insert into familydoctor_contract (resident_id, team_id, unit_path, package_code, status, applied_on)
                            values (?, ?, ?, ?, 'APPLIED', ?) returning id
                            """)
                    .params(person.residentId(), team.id(), team.unitPath(), packageCode, LocalDate.now(clock))
                    .query(Long.class)
                    .single();
            audit.record(AuditLog.Action.CREATE, "familydoctor_contract", List.of(id), "contract application");
            return get(id, user);
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("CONTRACT_OPEN_EXISTS", "该居民已有有效或在办的签约，同一时期只能签约一个家庭医生团队");
        }
    }

    @Transactional
    public Contract review(long id, boolean approve, CurrentUser user) {
        var contract = require(id, user, Status.APPLIED);
        jdbc.sql("update familydoctor_contract set status = ?, reviewed_on = ?, reviewed_by = ? where id = ?")
                .params(approve ? "APPROVED" : "REJECTED", LocalDate.now(clock), user.username(), contract.id())
                .update();
        audit.record(AuditLog.Action.UPDATE, "familydoctor_contract", List.of(id), approve ? "approve" : "reject");
        return get(id, user);
    }

    /**
     * Signs an approved contract. The signature record keeps the method and a SHA-256 digest over the contract terms
     * and the signature payload (the pad's image or the app's signed token), so the terms cannot be changed unseen.
     *
     * @param startDate the contract's first day; today unless a paper contract is entered late (at most 30 days back)
     */
    @Transactional
    public Contract sign(
            long id, String method, String signaturePayload, @Nullable LocalDate startDate, CurrentUser user) {
        var contract = require(id, user, Status.APPROVED);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = startDate == null ? today : startDate;
        if (start.isAfter(today) || start.isBefore(today.minusDays(30))) {
            throw PlatformException.invalidField("START_DATE_INVALID", "startDate", "签约日期须在今天及之前30天内");
        }
        insertSigned(contract, contract.teamId(), method, signaturePayload, start, user);
        return get(id, user);
    }

    /**
     * Renews a signed contract for another year: the old one becomes RENEWED and a new one, linked to it, starts the
     * day after it ends. Allowed from {@code renewalReminderDays} before the end to the end itself.
     */
    @Transactional
    public Contract renew(long id, String method, String signaturePayload, CurrentUser user) {
        var old = require(id, user, Status.SIGNED);
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(old.endDate().minusDays(properties.renewalReminderDays()))) {
            throw PlatformException.conflict(
                    "RENEWAL_TOO_EARLY",
                    "协议到期前" + properties.renewalReminderDays() + "天内方可续约（到期日 " + old.endDate() + "）");
        }
        close(old, Status.RENEWED, "续约");
        long next = insertOpen(old, old.teamId());
        insertSigned(
                get(next, user),
                old.teamId(),
                method,
                signaturePayload,
                old.endDate().plusDays(1),
                user);
        return get(next, user);
    }

    /** Switches a signed resident to another team: the old contract ends (SWITCHED), a new one is signed at once. */
    @Transactional
    public Contract switchTeam(long id, long newTeamId, String method, String signaturePayload, CurrentUser user) {
        var old = require(id, user, Status.SIGNED);
        if (old.teamId() == newTeamId) {
            throw PlatformException.invalidField("SAME_TEAM", "teamId", "新团队与原团队相同");
        }
        var team = teams.lockForSigning(newTeamId, user.scope());
        if (team.full()) {
            throw PlatformException.conflict("TEAM_FULL", "团队签约人数已满（上限" + team.capacity() + "人）");
        }
        close(old, Status.SWITCHED, "更换团队至" + team.name());
        long next = insertOpen(old, newTeamId);
        jdbc.sql("update familydoctor_contract set unit_path = ? where id = ?")
                .params(team.unitPath(), next)
                .update();
        insertSigned(get(next, user), newTeamId, method, signaturePayload, LocalDate.now(clock), user);
        return get(next, user);
    }

    @Transactional
    public Contract terminate(long id, String reason, CurrentUser user) {
        var contract = get(id, user);
        if (!contract.status().open()) {
            throw PlatformException.conflict("CONTRACT_NOT_OPEN", "协议已结束，无法解约");
        }
        close(contract, Status.TERMINATED, reason);
        return get(id, user);
    }

    public Contract get(long id, CurrentUser user) {
        return find(id, user).orElseThrow(() -> PlatformException.notFound("CONTRACT_NOT_FOUND", "签约不存在或不在您的权限范围内"));
    }

    public Optional<Contract> find(long id, CurrentUser user) {
        return jdbc.sql("select * from familydoctor_contract where id = ? and unit_path like ?")
                .params(id, user.scope().likePattern())
                .query((rs, n) -> new Contract(
                        rs.getLong("id"),
                        rs.getLong("resident_id"),
                        rs.getLong("team_id"),
                        rs.getString("package_code"),
                        Status.valueOf(rs.getString("status")),
                        rs.getObject("applied_on", LocalDate.class),
                        rs.getObject("signed_on", LocalDate.class),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getString("signature_method"),
                        rs.getString("signature_digest"),
                        (Long) rs.getObject("previous_contract_id"),
                        rs.getString("end_reason")))
                .optional();
    }

    /** The resident's open contract, if any. */
    public Optional<Contract> openContractOf(long residentId, CurrentUser user) {
        return jdbc.sql(
                        "select id from familydoctor_contract where resident_id = ? and status in ('APPLIED','APPROVED','SIGNED')")
                .param(residentId)
                .query(Long.class)
                .optional()
                .flatMap(id -> find(id, user));
    }

    private Contract require(long id, CurrentUser user, Status expected) {
        var contract = get(id, user);
        if (contract.status() != expected) {
            throw PlatformException.conflict("CONTRACT_STATE", "协议当前状态为" + contract.status() + "，此操作要求状态" + expected);
        }
        return contract;
    }

    private void close(Contract contract, Status status, String reason) {
        jdbc.sql("update familydoctor_contract set status = ?, end_reason = ? where id = ?")
                .params(status.name(), reason, contract.id())
                .update();
        audit.record(AuditLog.Action.UPDATE, "familydoctor_contract", List.of(contract.id()), status.name());
    }

    private long insertOpen(Contract from, long teamId) {
        return jdbc.sql(
                        """
                        insert into familydoctor_contract (resident_id, team_id, unit_path, package_code, status, applied_on,
                            reviewed_on, previous_contract_id)
                        select resident_id, ?, unit_path, package_code, 'APPROVED', ?, ?, id from familydoctor_contract
                        where id = ? returning id
                        """)
                .params(teamId, LocalDate.now(clock), LocalDate.now(clock), from.id())
                .query(Long.class)
                .single();
    }

    private void insertSigned(
            Contract contract, long teamId, String method, String signaturePayload, LocalDate start, CurrentUser user) {
        if (!SIGNATURE_METHODS.contains(method)) {
            throw PlatformException.invalidField("SIGNATURE_METHOD", "signatureMethod", "签名方式须为 " + SIGNATURE_METHODS);
        }
        if (signaturePayload == null || signaturePayload.isBlank() || signaturePayload.length() > 200_000) {
            throw PlatformException.invalidField("SIGNATURE_MISSING", "signature", "缺少居民电子签名");
        }
        LocalDate end = start.plusYears(1).minusDays(1);
        String digest = Sha256.hex(String.join(
                "|",
                Long.toString(contract.id()),
                Long.toString(contract.residentId()),
                Long.toString(teamId),
                contract.packageCode(),
                start.toString(),
                end.toString(),
                user.username(),
                signaturePayload));
        jdbc.sql(
                        """
                        update familydoctor_contract set status = 'SIGNED', signed_on = ?, start_date = ?, end_date = ?,
                            signature_method = ?, signature_digest = ?, signed_by = ? where id = ?
                        """)
                .params(LocalDate.now(clock), start, end, method, digest, user.username(), contract.id())
                .update();
        audit.record(AuditLog.Action.UPDATE, "familydoctor_contract", List.of(contract.id()), "sign");
    }
}
