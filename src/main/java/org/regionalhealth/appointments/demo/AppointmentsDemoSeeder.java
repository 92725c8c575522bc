package org.regionalhealth.appointments.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.regionalhealth.appointments.AppointmentStatus;
import org.regionalhealth.appointments.AppointmentsProperties;
import org.regionalhealth.appointments.SessionPeriod;
import org.regionalhealth.appointments.booking.History;
import org.regionalhealth.appointments.family.FamilyMembers;
import org.regionalhealth.appointments.family.FamilyRelation;
import org.regionalhealth.appointments.schedule.NewSession;
import org.regionalhealth.appointments.schedule.Schedules;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoAccounts;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo schedules and history: {@code demoHistoryDays} past days and {@code demoDays} days from today for the 7
 * hospitals and 25 community health centres (missing sessions are planned on every start, so the week moves with the
 * calendar), and once a realistic booking history: about three quarters of past slots booked, of those 85% attended
 * with a diagnosis, 8% no-shows, 7% cancelled; future days filling up towards today.
 */
@Component
class AppointmentsDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(AppointmentsDemoSeeder.class);

    /** Hospital departments: code, capacity of a half-day, fee (fen). Fees are demo values, not the price list. */
    private static final List<Object[]> HOSPITAL_DEPARTMENTS = List.of(
            new Object[] {"03.01", 24, 2500},
            new Object[] {"03.02", 24, 2500},
            new Object[] {"03.03", 20, 2500},
            new Object[] {"03.04", 24, 2500},
            new Object[] {"03.07", 20, 2500},
            new Object[] {"04.01", 20, 2500},
            new Object[] {"04.03", 24, 2500},
            new Object[] {"04.04", 16, 2500},
            new Object[] {"05", 24, 2500},
            new Object[] {"07", 30, 2500},
            new Object[] {"10", 20, 2500},
            new Object[] {"11", 20, 2500},
            new Object[] {"12", 16, 2500},
            new Object[] {"13", 20, 2500},
            new Object[] {"15", 12, 3500},
            new Object[] {"50", 16, 2500});

    /** Centre departments: code, capacity, fee, periods. */
    private static final List<Object[]> CENTRE_DEPARTMENTS = List.of(
            new Object[] {"02", 30, 1000, List.of(SessionPeriod.MORNING, SessionPeriod.AFTERNOON)},
            new Object[] {"07", 24, 1000, List.of(SessionPeriod.MORNING, SessionPeriod.AFTERNOON)},
            new Object[] {"12", 12, 1000, List.of(SessionPeriod.MORNING)},
            new Object[] {"50", 16, 1000, List.of(SessionPeriod.AFTERNOON)});

    /** Typical diagnoses of each department, for attended visits (ICD-10, text). */
    private static final Map<String, List<String[]>> DIAGNOSES = Map.ofEntries(
            Map.entry("02", List.of(new String[] {"I10", "原发性高血压"}, new String[] {"E11.9", "2型糖尿病"}, new String[] {
                "J06.9", "急性上呼吸道感染"
            })),
            Map.entry("03.01", List.of(new String[] {"J06.9", "急性上呼吸道感染"}, new String[] {"J20.9", "急性支气管炎"})),
            Map.entry("03.02", List.of(new String[] {"K29.7", "胃炎"}, new String[] {"K58.9", "肠易激综合征"})),
            Map.entry("03.03", List.of(new String[] {"R51", "头痛"}, new String[] {"I67.9", "脑血管病"})),
            Map.entry("03.04", List.of(new String[] {"I10", "原发性高血压"}, new String[] {"I25.1", "冠状动脉粥样硬化性心脏病"})),
            Map.entry("03.07", List.of(new String[] {"E11.9", "2型糖尿病"}, new String[] {"E03.9", "甲状腺功能减退症"})),
            Map.entry("04.01", List.of(new String[] {"K40.9", "腹股沟疝"}, new String[] {"L02.9", "皮肤脓肿"})),
            Map.entry("04.03", List.of(new String[] {"M54.5", "腰痛"}, new String[] {"M17.9", "膝关节骨性关节炎"})),
            Map.entry("04.04", List.of(new String[] {"N39.0", "泌尿道感染"}, new String[] {"N40", "前列腺增生"})),
            Map.entry("05", List.of(new String[] {"N76.0", "急性阴道炎"}, new String[] {"Z34.9", "正常妊娠监督"})),
            Map.entry("07", List.of(new String[] {"J06.9", "急性上呼吸道感染"}, new String[] {"J18.9", "肺炎"})),
            Map.entry("10", List.of(new String[] {"H10.9", "结膜炎"}, new String[] {"H52.1", "近视"})),
            Map.entry("11", List.of(new String[] {"J31.0", "慢性鼻炎"}, new String[] {"J35.0", "慢性扁桃体炎"})),
            Map.entry("12", List.of(new String[] {"K02.9", "龋病"}, new String[] {"K05.1", "慢性牙龈炎"})),
            Map.entry("13", List.of(new String[] {"L30.9", "皮炎"}, new String[] {"L50.9", "荨麻疹"})),
            Map.entry("15", List.of(new String[] {"F51.0", "非器质性失眠症"}, new String[] {"F41.1", "广泛性焦虑障碍"})),
            Map.entry("50", List.of(new String[] {"I10", "原发性高血压"}, new String[] {"M54.5", "腰痛"})));

    private final Organizations organizations;
    private final Schedules schedules;
    private final History history;
    private final org.regionalhealth.appointments.triage.Triages triages;
    private final AppointmentsProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DemoAccounts demoAccounts;
    private final FamilyMembers family;
    private final Map<Long, Integer> openBookings = new java.util.HashMap<>();
    private final Map<Long, Integer> noShows = new java.util.HashMap<>();

    AppointmentsDemoSeeder(
            Organizations organizations,
            Schedules schedules,
            History history,
            org.regionalhealth.appointments.triage.Triages triages,
            AppointmentsProperties properties,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock,
            DemoAccounts demoAccounts,
            FamilyMembers family) {
        this.family = family;
        this.demoAccounts = demoAccounts;
        this.organizations = organizations;
        this.schedules = schedules;
        this.history = history;
        this.triages = triages;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A resident of the demo district: id, age in years, female, station path. */
    private record Person(long id, int age, boolean female) {}

    @Override
    public void seed(DemoSettings settings) {
        var root = organizations.root();
        var scope = new DataScope(root.id(), root.path(), Optional.empty());
        var hospitals = organizations
                .search(new UnitQuery(UnitType.HOSPITAL, null, null, null), scope, 0, 200)
                .items();
        var centres = organizations
                .search(new UnitQuery(UnitType.HEALTH_CENTRE, null, null, null), scope, 0, 200)
                .items();
        if (hospitals.isEmpty() && centres.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusDays(properties.demoHistoryDays());
        LocalDate last = today.plusDays(properties.demoDays() - 1L);
        boolean writeHistory = !history.any();
        var people = writeHistory ? people(settings.seed()) : List.<Person>of();
        var random = new SplittableRandom(settings.seed() ^ 0x18L);
        int planned = 0;
        int booked = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            for (Unit hospital : hospitals) {
                var doctors = doctors(hospital.id());
                int d = 0;
                for (Object[] dept : HOSPITAL_DEPARTMENTS) {
                    var periods = weekend
                            ? List.of(SessionPeriod.MORNING)
                            : List.of(SessionPeriod.MORNING, SessionPeriod.AFTERNOON);
                    if (!weekend && dept[0].equals("07")) {
                        periods = List.of(SessionPeriod.MORNING, SessionPeriod.AFTERNOON, SessionPeriod.EVENING);
                    }
                    for (SessionPeriod period : periods) {
                        var doctor = doctors.isEmpty() ? null : doctors.get((d++) % doctors.size());
                        int fee = (int) dept[2];
                        if (doctor != null && doctor.title().contains("主任")) {
                            fee += 2500;
                        }
                        var id = plan(hospital, (String) dept[0], doctor, day, period, (int) dept[1], fee);
                        if (id.isPresent()) {
                            planned++;
                            if (writeHistory) {
                                booked += book(id.get(), (String) dept[0], (int) dept[1], day, today, people, random);
                            }
                        }
                    }
                }
            }
            for (Unit centre : centres) {
                var doctors = doctors(centre.id());
                int d = 0;
                for (Object[] dept : CENTRE_DEPARTMENTS) {
                    @SuppressWarnings("unchecked")
                    var periods = weekend ? List.of(SessionPeriod.MORNING) : (List<SessionPeriod>) dept[3];
                    for (SessionPeriod period : periods) {
                        var doctor = doctors.isEmpty() ? null : doctors.get((d++) % doctors.size());
                        var id = plan(centre, (String) dept[0], doctor, day, period, (int) dept[1], (int) dept[2]);
                        if (id.isPresent()) {
                            planned++;
                            if (writeHistory) {
                                booked += book(id.get(), (String) dept[0], (int) dept[1], day, today, people, random);
                            }
                        }
                    }
                }
            }
        }
        int triaged = writeHistory ? triageHistory(people, random, first, today) : 0;
        if (writeHistory) {
            // written as the demo administrator: the writers audit who acted
            as("admin", () -> {
                diagnosedVisitOfTheDemoResident(today);
                familyOfTheDemoResident(today);
            });
        }
        log.info("Appointments demo: {} sessions planned, {} history bookings, {} triages", planned, booked, triaged);
    }

    /**
     * The demo resident's type 2 diabetes, diagnosed in the demo doctor's hospital's endocrinology evening clinic 20 days ago:
     * what the resident's 在线复诊 rests on when the demo starts (the consultation demo opens a follow-up on it).
     */
    private void diagnosedVisitOfTheDemoResident(LocalDate today) {
        var resident = account("resident");
        var doctor = account("doctor");
        if (resident == null || doctor == null || resident.scope().residentId().isEmpty()) {
            return;
        }
        var hospital = organizations.find(doctor.unitId()).orElse(null);
        if (hospital == null) {
            return;
        }
        var session = plan(hospital, "03.07", null, today.minusDays(20), SessionPeriod.EVENING, 12, 2500);
        if (session.isEmpty()) {
            return;
        }
        var day = today.minusDays(20);
        var zone = clock.getZone();
        var entry = new History.Entry(
                session.get(),
                1,
                resident.scope().residentId().get(),
                AppointmentStatus.ATTENDED,
                day.minusDays(2).atTime(9, 0).atZone(zone).toInstant(),
                day.atTime(17, 50).atZone(zone).toInstant(),
                1,
                "E11.9",
                "2型糖尿病");
        transactions.executeWithoutResult(s -> history.write(session.get(), List.of(entry)));
    }

    /**
     * The demo resident books for a child and a parent (就诊人): the youngest under ten and the oldest over sixty of
     * the resident's own station, linked as the real-name check would have linked them.
     */
    private void familyOfTheDemoResident(LocalDate today) {
        var resident = account("resident");
        if (resident == null || resident.scope().residentId().isEmpty()) {
            return;
        }
        long self = resident.scope().residentId().get();
        var child = jdbc.sql(
                        "select id from residents_resident where unit_id = ? and birth_date > ? and id <> ? order by birth_date desc, id limit 1")
                .params(resident.unitId(), today.minusYears(10), self)
                .query(Long.class)
                .optional();
        var parent = jdbc.sql(
                        "select id from residents_resident where unit_id = ? and birth_date < ? and id <> ? order by birth_date, id limit 1")
                .params(resident.unitId(), today.minusYears(60), self)
                .query(Long.class)
                .optional();
        transactions.executeWithoutResult(s -> {
            child.ifPresent(id -> family.link(self, id, FamilyRelation.CHILD));
            parent.ifPresent(id -> family.link(self, id, FamilyRelation.PARENT));
        });
    }

    /** Runs a step logged in as a demo account (nothing when the demo has no such account). */
    private void as(String username, Runnable step) {
        demoAccounts.run(username, step);
    }

    /** A demo account as the current user it logs in as, or null when the demo has no such account. */
    private @org.jspecify.annotations.Nullable CurrentUser account(String username) {
        return demoAccounts.user(username).orElse(null);
    }

    /** What residents typed into 安诊儿 (a few of them red flags, as on any evening). */
    private static final List<String> COMPLAINTS = List.of(
            "孩子发烧38度5咳嗽两天",
            "宝宝拉肚子一天了",
            "咳嗽有痰一周",
            "喉咙痛发烧38度",
            "牙疼了三天",
            "血压高头晕",
            "胃疼反酸",
            "腰疼好几天了",
            "皮肤起疹子很痒",
            "失眠一个月",
            "尿频尿痛",
            "眼睛红痒流泪",
            "月经不规律",
            "血糖控制不好",
            "心慌胸闷",
            "扭伤了脚踝",
            "胸口压榨样疼出冷汗",
            "老人突然口角歪斜说话不清",
            "孩子突然抽搐");

    private int triageHistory(List<Person> people, SplittableRandom random, LocalDate first, LocalDate today) {
        if (people.isEmpty()) {
            return 0;
        }
        var zone = clock.getZone();
        long days = today.toEpochDay() - first.toEpochDay() + 1;
        int count = (int) Math.min(2000, days * 40);
        int written = 0;
        for (int i = 0; i < count; i++) {
            Person p = people.get(random.nextInt(people.size()));
            // red flags are rare: the last three complaints are drawn one time in fifty
            String text = random.nextInt(50) == 0
                    ? COMPLAINTS.get(COMPLAINTS.size() - 1 - random.nextInt(3))
                    : COMPLAINTS.get(random.nextInt(COMPLAINTS.size() - 3));
            Instant at = first.plusDays(random.nextLong(days))
                    .atStartOfDay(zone)
                    .toInstant()
                    .plusSeconds(random.nextLong(86_400));
            if (at.isAfter(clock.instant())) {
                continue;
            }
            String path = jdbc.sql("select unit_path from residents_resident where id = ?")
                    .param(p.id())
                    .query(String.class)
                    .single();
            transactions.executeWithoutResult(s -> triages.logHistory(
                    org.regionalhealth.appointments.triage.TriageInput.text(text), p.id(), path, at));
            written++;
        }
        return written;
    }

    private Optional<Long> plan(
            Unit unit, String dept, StaffMember doctor, LocalDate day, SessionPeriod period, int capacity, int fee) {
        int minutes = (int) Duration.between(period.start(), period.end()).toMinutes() / capacity;
        return schedules.plan(new NewSession(
                unit.id(),
                dept,
                "OUTPATIENT",
                doctor == null ? null : doctor.id(),
                doctor == null ? null : doctor.name(),
                doctor == null ? null : doctor.title(),
                day,
                period,
                capacity,
                Math.max(3, minutes),
                fee));
    }

    private int book(
            long sessionId,
            String dept,
            int capacity,
            LocalDate day,
            LocalDate today,
            List<Person> people,
            SplittableRandom random) {
        if (people.isEmpty()) {
            return 0;
        }
        long ahead = day.toEpochDay() - today.toEpochDay();
        double fill = ahead < 0 ? 0.7 + random.nextDouble() * 0.25 : Math.max(0.05, 0.6 - ahead * 0.1);
        var zone = clock.getZone();
        var entries = new ArrayList<History.Entry>();
        var used = new java.util.HashSet<Long>();
        int queue = 0;
        Instant now = clock.instant();
        for (int seq = 1; seq <= capacity; seq++) {
            if (random.nextDouble() >= fill) {
                continue;
            }
            Person p = pick(dept, people, random);
            if (p == null || !used.add(p.id())) {
                continue;
            }
            if (ahead >= 0 && openBookings.merge(p.id(), 1, Integer::sum) > 1) {
                // within the booking limits: a demo resident holds at most one open booking
                continue;
            }
            Instant slotTime = day.atTime(8, 0).atZone(zone).toInstant().plusSeconds(seq * 420L);
            Instant bookedAt = day.minusDays(1 + random.nextInt(6))
                    .atTime(9, 0)
                    .atZone(zone)
                    .toInstant();
            if (bookedAt.isAfter(now)) {
                bookedAt = now.minusSeconds(3600);
            }
            AppointmentStatus status;
            double r = random.nextDouble();
            boolean past = ahead < 0;
            if (past) {
                status = r < 0.85
                        ? AppointmentStatus.ATTENDED
                        : r < 0.93 ? AppointmentStatus.NO_SHOW : AppointmentStatus.CANCELLED;
            } else {
                status = r < 0.95 ? AppointmentStatus.BOOKED : AppointmentStatus.CANCELLED;
            }
            String[] diagnosis = status == AppointmentStatus.ATTENDED
                    ? DIAGNOSES.get(dept).get(random.nextInt(DIAGNOSES.get(dept).size()))
                    : null;
            entries.add(new History.Entry(
                    sessionId,
                    seq,
                    p.id(),
                    status,
                    bookedAt,
                    status == AppointmentStatus.ATTENDED ? slotTime.minusSeconds(600 + random.nextInt(1800)) : null,
                    status == AppointmentStatus.ATTENDED ? ++queue : null,
                    diagnosis == null ? null : diagnosis[0],
                    diagnosis == null ? null : diagnosis[1]));
        }
        transactions.executeWithoutResult(s -> history.write(sessionId, entries));
        return entries.size();
    }

    private static Person pick(String dept, List<Person> people, SplittableRandom random) {
        for (int tries = 0; tries < 20; tries++) {
            Person p = people.get(random.nextInt(people.size()));
            boolean ok =
                    switch (dept) {
                        case "07" -> p.age() < 14;
                        case "05" -> p.female() && p.age() >= 16 && p.age() < 60;
                        default -> p.age() >= 14;
                    };
            if (ok) {
                return p;
            }
        }
        return null;
    }

    private List<StaffMember> doctors(long unitId) {
        return organizations.staffOf(unitId).stream()
                .filter(s -> s.prescribingRight() && !s.pharmacist())
                .toList();
    }

    /**
     * A sample of the demo district's residents, read from the resident index's table (demo only, as the family-doctor
     * demo does; at run time this module reads residents through ResidentIndex).
     */
    private List<Person> people(long seed) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(
                        """
                        select id, birth_date, sex from residents_resident
                        order by md5(id::text || ?) limit 60000""")
                .param(Long.toString(seed))
                .query((rs, n) -> new Person(
                        rs.getLong(1),
                        java.time.Period.between(rs.getObject(2, LocalDate.class), today)
                                .getYears(),
                        "2".equals(rs.getString(3))))
                .list();
    }
}
