package org.regionalhealth.vaccination.entrycheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Masking;
import org.regionalhealth.vaccination.schedule.DoseForecast;
import org.regionalhealth.vaccination.schedule.DoseStatus;
import org.regionalhealth.vaccination.schedule.Forecast;
import org.regionalhealth.vaccination.schedule.GivenDose;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 入托入学查验 (the entry check of kindergartens and schools, 《国家免疫规划疫苗儿童免疫程序及说明（2021年版）》 and the
 * 2021 查验 rules): every child on the school's roster is checked against the schedule for their age on the day of
 * the check, and the children with programme doses missing form the list to catch up (补种), each dose with its
 * status: 逾期待补种 when past its completion deadline or timeliness window, 应种 when it fell due but is not late yet
 * (a dose due exactly today is 应种, not overdue). Doses not yet due are not listed.
 *
 * <p>Who sees a school's list: its school nurse (her own school; names in full, ID numbers masked, age instead of birth
 * date, {@link org.regionalhealth.platform.Disclosure#NAMED}), the vaccination clinic of the school's town (in full),
 * the district administrator and the CDC in their scope (masked). Every read is audited.
 */
@Component
public class EntryChecks {

    /** A child on the roster with the programme doses to catch up, shown as the viewer's role may see them. */
    public record Child(
            long residentId,
            String name,
            String idNumber,
            char sex,
            int age,
            @Nullable LocalDate birthDate,
            String grade,
            String className,
            List<DoseForecast> missing) {

        public boolean overdue() {
            return missing.stream().anyMatch(d -> d.status() == DoseStatus.OVERDUE);
        }
    }

    /** A school's check on one day: how many children were checked, and those to catch up (overdue first). */
    public record Result(Unit school, LocalDate day, int checked, List<Child> toCatchUp) {

        public long complete() {
            return checked - toCatchUp.size();
        }
    }

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final ScheduleEngine engine;
    private final AuditLog audit;
    private final Clock clock;

    EntryChecks(JdbcClient jdbc, Organizations organizations, ScheduleEngine engine, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The programme doses a child must catch up on the check day: those that may be given (due or overdue), overdue
     * first. A dose whose minimum age is reached exactly on the day is due (应种); the day before it is not listed.
     */
    public static List<DoseForecast> missing(Forecast forecast) {
        return forecast.items().stream()
                .filter(d -> d.programme() && d.next() && d.actionable())
                .sorted(Comparator.comparing((DoseForecast d) -> d.status() != DoseStatus.OVERDUE)
                        .thenComparing(DoseForecast::series))
                .toList();
    }

    /** The schools the user may check: her own (school nurse), her town's (clinic), or a town's (district). */
    public List<Unit> schools(CurrentUser user, @Nullable String townCode) {
        return switch (user.role()) {
            case SCHOOL_NURSE -> organizations.find(user.unitId()).stream().toList();
            case VACCINATION_NURSE ->
                clinicTown(user).map(town -> schoolsOfTown(town, rootScope())).orElse(List.of());
            default -> townCode == null ? List.of() : schoolsOfTown(townCode, user.scope());
        };
    }

    private List<Unit> schoolsOfTown(String townCode, DataScope scope) {
        return organizations
                .search(new UnitQuery(UnitType.SCHOOL, null, null, townCode), scope, 0, 200)
                .items();
    }

    /** The school, if the user may check it; otherwise a 403/404 problem. */
    public Unit school(long schoolId, CurrentUser user) {
        var school = organizations
                .find(schoolId)
                .filter(u -> u.type() == UnitType.SCHOOL)
                .orElseThrow(() -> PlatformException.notFound("school-not-found", "学校或幼儿园不存在"));
        boolean allowed =
                switch (user.role()) {
                    case SCHOOL_NURSE -> school.id() == user.unitId();
                    case VACCINATION_NURSE ->
                        clinicTown(user)
                                .map(town -> school.divisionCode().startsWith(town))
                                .orElse(false);
                    case DISTRICT_ADMIN, CDC_OFFICER -> user.scope().covers(school.path());
                    default -> false;
                };
        if (!allowed) {
            throw PlatformException.forbidden("school-out-of-scope", "您无权查看" + school.name() + "的查验名单");
        }
        return school;
    }

    /** Checks every child enrolled at the school against the schedule today. */
    public Result check(long schoolId, CurrentUser user) {
        var school = school(schoolId, user);
        var today = LocalDate.now(clock);
        record Enrolled(long id, String name, String idNumber, char sex, LocalDate birth, String grade, String cls) {}
        var roster = jdbc.sql(
                        """
                        select r.id, r.name, r.id_number, r.sex, r.birth_date, e.grade, e.class_name
                        from vaccination_enrolment e join residents_resident r on r.id = e.resident_id
                        where e.school_id = ? order by e.grade, e.class_name, r.name, r.id""")
                .param(school.id())
                .query((rs, n) -> new Enrolled(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        "2".equals(rs.getString(4)) ? 'F' : 'M',
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
        Map<Long, List<GivenDose>> histories = new HashMap<>();
        if (!roster.isEmpty()) {
            jdbc.sql("select resident_id, product, given_on from vaccination_record where resident_id = any(?)")
                    .param(roster.stream().map(Enrolled::id).toArray(Long[]::new))
                    .query(rs -> {
                        histories
                                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new GivenDose(rs.getString(2), rs.getObject(3, LocalDate.class)));
                    });
        }
        var disclosure = user.disclosure();
        var children = new ArrayList<Child>();
        for (var e : roster) {
            var forecast = engine.forecast(e.birth(), e.sex(), histories.getOrDefault(e.id(), List.of()), today);
            var missing = missing(forecast);
            if (missing.isEmpty()) {
                continue;
            }
            children.add(new Child(
                    e.id(),
                    disclosure.fullName() ? e.name() : Masking.name(e.name()),
                    disclosure.fullIdentifiers() ? e.idNumber() : maskId(e.idNumber()),
                    e.sex(),
                    Period.between(e.birth(), today).getYears(),
                    disclosure.birthDate() ? e.birth() : null,
                    e.grade(),
                    e.cls(),
                    missing));
        }
        children.sort(Comparator.comparing((Child c) -> !c.overdue()));
        audit.record(
                AuditLog.Action.READ,
                "vaccination_enrolment",
                children.stream().map(Child::residentId).toList(),
                "入托入学查验：" + school.name());
        return new Result(school, today, roster.size(), children);
    }

    /** Enrols a child at a school (the roster the school hands over; the demo's kindergartens and schools). */
    public void enrol(Unit school, long residentId, int entryYear, String grade, String className) {
        jdbc.sql(
                        """
                        insert into vaccination_enrolment
                          (school_id, school_path, town_code, resident_id, entry_year, grade, class_name)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(
                        school.id(),
                        school.path(),
                        school.divisionCode().substring(0, 9),
                        residentId,
                        entryYear,
                        grade,
                        className)
                .update();
    }

    private Optional<String> clinicTown(CurrentUser user) {
        return organizations.find(user.unitId()).map(u -> u.divisionCode().substring(0, 9));
    }

    private DataScope rootScope() {
        var root = organizations.root();
        return new DataScope(root.id(), root.path(), Optional.empty());
    }

    static String maskId(String idNumber) {
        return idNumber.length() < 18 ? idNumber : idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }
}
