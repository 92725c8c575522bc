package org.regionalhealth.appointments.family;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIdNumber;
import org.regionalhealth.residents.ResidentIdentities;
import org.regionalhealth.residents.Sex;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 就诊人: the family members a resident books for. A member is added with their name and 18-digit ID number, which must
 * both match a resident of the district (real-name booking, through {@code residents.ResidentIdentities}); at most
 * {@link #MAX} per account. Booking, cancelling and checking in for a member then work as for oneself, and the
 * appointment is listed under the account's 我的预约 with whose it is.
 */
@Service
public class FamilyMembers {

    /** Booking apps of Zhejiang's hospitals allow about five 就诊人 per account (浙里办 挂号: 5). */
    public static final int MAX = 5;

    private final JdbcClient jdbc;
    private final ResidentIdentities identities;
    private final AuditLog audit;
    private final Clock clock;

    FamilyMembers(JdbcClient jdbc, ResidentIdentities identities, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.identities = identities;
        this.audit = audit;
        this.clock = clock;
    }

    /** A family member as the account holder sees them (their own family: name in full). */
    public record Member(long residentId, String name, FamilyRelation relation, Sex sex, LocalDate birthDate) {

        public int ageOn(LocalDate day) {
            return java.time.Period.between(birthDate, day).getYears();
        }

        public int ageMonthsOn(LocalDate day) {
            return (int) java.time.Period.between(birthDate, day).toTotalMonths();
        }
    }

    /** The account holder's family members, in the order they were added. */
    public List<Member> of(CurrentUser user) {
        long account = account(user);
        var ids = jdbc.sql(
                        "select member_resident_id, relation from appointments_family_member where account_resident_id = ? order by added_at, member_resident_id")
                .param(account)
                .query((rs, n) -> new Object[] {rs.getLong(1), FamilyRelation.valueOf(rs.getString(2))})
                .list();
        return ids.stream()
                .flatMap(row -> identities
                        .linked((Long) row[0], user, "appointments family members")
                        .map(r -> new Member(r.id(), r.name(), (FamilyRelation) row[1], r.sex(), r.birthDate()))
                        .stream())
                .toList();
    }

    /** The member, if the account holder added them. */
    public Optional<Member> member(CurrentUser user, long residentId) {
        return of(user).stream().filter(m -> m.residentId() == residentId).findFirst();
    }

    /** Whether the account holder may act for this resident (themselves or a member they added). */
    public boolean mayActFor(long accountResidentId, long residentId) {
        return accountResidentId == residentId
                || jdbc.sql(
                                "select exists(select 1 from appointments_family_member where account_resident_id = ? and member_resident_id = ?)")
                        .params(accountResidentId, residentId)
                        .query(Boolean.class)
                        .single();
    }

    /** The residents an account holder acts for: themselves first, then their members. */
    public List<Long> actingFor(long accountResidentId) {
        var list = new java.util.ArrayList<Long>();
        list.add(accountResidentId);
        list.addAll(jdbc.sql(
                        "select member_resident_id from appointments_family_member where account_resident_id = ? order by added_at, member_resident_id")
                .param(accountResidentId)
                .query(Long.class)
                .list());
        return list;
    }

    /**
     * Adds a member after the real-name check: a valid ID number, matching the name; not oneself, not twice, at most
     * {@link #MAX}. Every error is a Chinese problem on its field; nothing is written then.
     */
    @Transactional
    public Member add(CurrentUser user, String name, String idNumber, FamilyRelation relation) {
        long account = account(user);
        String number = idNumber == null ? "" : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
        String given = name == null ? "" : name.strip();
        var errors = new java.util.LinkedHashMap<String, String>();
        if (given.isEmpty() || given.length() > 50) {
            errors.put("name", "请填写就诊人的真实姓名");
        }
        var problem = ResidentIdNumber.problemWith(number, LocalDate.now(clock));
        if (problem.isPresent()) {
            errors.put("idNumber", "身份证号无效：" + problem.get());
        }
        if (relation == null) {
            errors.put("relation", "请选择与您的关系");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST, "APPOINTMENT_FAMILY_INVALID", String.join("；", errors.values()), errors);
        }
        Resident found = identities
                .matching(given, number, user, "appointments family member real-name check")
                .orElseThrow(() -> PlatformException.invalidField(
                        "APPOINTMENT_FAMILY_NO_MATCH", "idNumber", "姓名与身份证号不匹配，或该居民尚未在本区建立健康档案"));
        if (found.id() == account) {
            throw PlatformException.invalidField("APPOINTMENT_FAMILY_SELF", "idNumber", "这是您本人，无需添加为就诊人");
        }
        long count = jdbc.sql("select count(*) from appointments_family_member where account_resident_id = ?")
                .param(account)
                .query(Long.class)
                .single();
        if (count >= MAX) {
            throw PlatformException.conflict("APPOINTMENT_FAMILY_LIMIT", "每个账号最多添加" + MAX + "位就诊人，请先删除不再需要的就诊人");
        }
        link(account, found.id(), relation);
        return new Member(found.id(), found.name(), relation, found.sex(), found.birthDate());
    }

    /** Writes the link (after the real-name check, or by the demo for its own account). */
    @Transactional
    public void link(long accountResidentId, long memberResidentId, FamilyRelation relation) {
        try {
            jdbc.sql(
                            "insert into appointments_family_member (account_resident_id, member_resident_id, relation, added_at) values (?, ?, ?, ?)")
                    .params(accountResidentId, memberResidentId, relation.name(), Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("APPOINTMENT_FAMILY_DUPLICATE", "该就诊人已添加");
        }
        audit.record(
                AuditLog.Action.CREATE,
                "appointments_family_member",
                List.of(memberResidentId),
                "appointments family member added");
    }

    /** Removes a member (their appointments stay, and stay theirs). */
    @Transactional
    public void remove(CurrentUser user, long memberResidentId) {
        long account = account(user);
        int removed = jdbc.sql(
                        "delete from appointments_family_member where account_resident_id = ? and member_resident_id = ?")
                .params(account, memberResidentId)
                .update();
        if (removed == 0) {
            throw PlatformException.notFound("APPOINTMENT_FAMILY_NOT_FOUND", "该就诊人不存在");
        }
        audit.record(
                AuditLog.Action.DELETE,
                "appointments_family_member",
                List.of(memberResidentId),
                "appointments family member removed");
    }

    private static long account(CurrentUser user) {
        return user.scope()
                .residentId()
                .orElseThrow(() -> PlatformException.forbidden("APPOINTMENT_FAMILY_RESIDENT_ONLY", "就诊人由居民本人在手机上管理"));
    }
}
