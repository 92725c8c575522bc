package org.regionalhealth.reviewcenter.demoyear;

import static org.regionalhealth.reviewcenter.workbench.ReviewWorkflow.SYSTEM;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.Sha256;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.reviewcenter.ReviewCenterProperties;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutPolicy;
import org.regionalhealth.reviewcenter.submission.PrescriptionStore;
import org.regionalhealth.reviewcenter.supervision.SupervisionRollup;
import org.regionalhealth.reviewcenter.workbench.DoubleSignReason;
import org.regionalhealth.reviewcenter.workbench.EventKind;
import org.regionalhealth.reviewcenter.workbench.ReturnReason;
import org.regionalhealth.reviewcenter.workbench.ReviewLedger;
import org.regionalhealth.reviewcenter.workbench.ReviewPools;
import org.regionalhealth.reviewcenter.workbench.ReviewState;
import org.regionalhealth.reviewcenter.workbench.Skill;
import org.regionalhealth.reviewcenter.workbench.TaskOutcome;
import org.regionalhealth.reviewcenter.workbench.TimeoutSweeper;
import org.regionalhealth.reviewcenter.workbench.TimeoutSweeper.Timeout;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.PrescriptionScreening;
import org.regionalhealth.screening.PrescriptionType;
import org.regionalhealth.screening.ScreeningProperties;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.screening.formats.PrescriptionRequest;
import org.regionalhealth.screening.formats.PrescriptionRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A year of the district's prescriptions, as the review center would have stored them: each one written by a doctor
 * of the staff register in a department of their institution, <em>screened by the real engine</em>
 * ({@link PrescriptionScreening}) on its day, then taken through the review workflow of V3 (queue, claims, pharmacist
 * decisions, timeouts, returns, modifications, double signatures), with every state change as an event. Today ends
 * with a live queue (open rounds, some amber or red), so the workbench and supervision pages have work and figures
 * right after start.
 *
 * <p>Volumes follow research §5.2: about 13,000 prescriptions a day for the 4.8 million the real center reviewed in a
 * year; weekends at 60%, winter 15% higher (respiratory season). About 15% carry an injected problem (an interacting
 * pair, an overdose, an over-long supply, a missing diagnosis, a duplicated class, a vague usage); with what the rules
 * find on their own, 11–20% are flagged, as Chinese centers report (research §2.1).
 *
 * <p>Deterministic: one random stream per day, derived from the seed, so the two screening threads produce the same
 * year in any order. Stored in bulk through the tables' owners ({@link PrescriptionStore#copy}, {@link
 * ReviewLedger#copy}: COPY with the same row definitions as their single-row writes), with the workflow's own
 * vocabulary: return reasons ({@link ReturnReason#forRule}), the timers and timeout policies of each pool
 * ({@link Timeout}, working hours from {@link ReviewPools#policyOf}); the rollup is built in SQL afterwards.
 */
@Component
public class DemoYearGenerator {

    /** Who stored the demo year (marks it, so it is generated once). */
    public static final String SUBMITTED_BY = "demo-year";

    static final double INJECTED_PROBLEM_SHARE = 0.15;

    private static final Logger log = LoggerFactory.getLogger(DemoYearGenerator.class);
    private static final Set<String> CHRONIC = Set.of("I10.x00", "E11.900", "E78.500", "I25.103", "E03.900");

    private final DrugKnowledge knowledge;
    private final ScreeningProperties properties;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final PrescriptionStore store;
    private final ReviewLedger ledger;
    private final ReviewPools pools;
    private final SupervisionRollup rollup;
    private final ReviewCenterProperties.Workbench timers;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    DemoYearGenerator(
            DrugKnowledge knowledge,
            ScreeningProperties properties,
            Organizations organizations,
            JdbcClient jdbc,
            PrescriptionStore store,
            ReviewLedger ledger,
            ReviewPools pools,
            SupervisionRollup rollup,
            ReviewCenterProperties reviewCenter,
            Clock clock) {
        this.timers = reviewCenter.workbench();
        this.clock = clock;
        this.knowledge = knowledge;
        this.properties = properties;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.store = store;
        this.ledger = ledger;
        this.pools = pools;
        this.rollup = rollup;
    }

    /** What one run wrote and how long it took. */
    public record Result(
            int prescriptions,
            int flagged,
            int openTasks,
            long events,
            long tasks,
            long findings,
            Duration screeningAndStorage,
            Duration rollupBuild) {}

    /** Findings of the demo year per rule and action, most frequent first (to tune the problem mix). */
    public List<String> findingsPerRule() {
        return jdbc.sql(
                        """
                        select f.rule_id || ' ' || f.action || ' ' || count(*) from prescriptionreview_finding f
                          join prescriptionreview_prescription p on p.id = f.prescription_id
                         where p.submitted_by = ? group by f.rule_id, f.action order by count(*) desc""")
                .param(SUBMITTED_BY)
                .query(String.class)
                .list();
    }

    /** Whether the demo year is already stored. */
    public boolean generated() {
        return jdbc.sql("select exists(select 1 from prescriptionreview_prescription where submitted_by = ?)")
                .param(SUBMITTED_BY)
                .query(Boolean.class)
                .single();
    }

    /**
     * Writes {@code count} prescriptions over the 365 days up to {@code now}, plus a live queue for today. Call inside
     * a transaction: everything is written on its connection, so a failure leaves nothing half-written.
     */
    public Result generate(int count, long seed, Instant now, int threads) {
        Instant started = this.clock.instant();
        ZoneId zone = this.clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        District district = district();
        DayClock clock = new DayClock(zone);
        PrescriptionScreening screening = new PrescriptionScreening(knowledge, properties, organizations, clock);
        ClinicalTemplates templates = new ClinicalTemplates(knowledge.snapshot());

        int days = 365;
        int[] perDay = perDay(count, today, days);
        int live = Math.max(24, Math.min(200, count / 20_000));
        long first = jdbc.sql("select nextval('prescriptionreview_prescription_id_seq')")
                .query(Long.class)
                .single();
        long[] base = new long[days];
        long next = first;
        for (int d = 0; d < days; d++) {
            base[d] = next;
            next += perDay[d] + (d == days - 1 ? live : 0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "demo-year");
            t.setDaemon(true);
            return t;
        });
        int flagged = 0;
        int open = 0;
        long events = 0;
        long tasks = 0;
        long findings = 0;
        int written = 0;
        try {
            ArrayDeque<Future<DayRows>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            int window = Math.max(2, threads * 2);
            while (submitted < days || !inFlight.isEmpty()) {
                while (submitted < days && inFlight.size() < window) {
                    int d = submitted++;
                    LocalDate day = today.minusDays(days - 1L - d);
                    int n = perDay[d];
                    int extra = d == days - 1 ? live : 0;
                    long dayBase = base[d];
                    inFlight.add(pool.submit(
                            () -> new DayWorker(district, screening, clock, templates, zone, now, seed, day, dayBase)
                                    .run(n, extra)));
                }
                DayRows rows = inFlight.poll().get();
                // through the owners of the tables: prescriptions and findings, then tasks and events
                store.copy(rows.store);
                ledger.copy(rows.ledger);
                written += rows.count;
                flagged += rows.flagged;
                open += rows.open;
                events += rows.ledger.events();
                tasks += rows.ledger.tasks();
                findings += rows.store.findings();
                if (rows.day.getDayOfMonth() == 1 || rows.day.equals(today)) {
                    log.info("Demo year: {} — {} prescriptions stored", rows.day, written);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo year interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("demo year failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        jdbc.sql("select setval('prescriptionreview_prescription_id_seq', ?)")
                .param(next - 1)
                .query(Long.class)
                .single();
        Instant stored = this.clock.instant();
        // fresh planner statistics for the bulk-loaded tables before the rollup and the first page
        for (String table : List.of("prescription", "finding", "review_task", "review_event")) {
            jdbc.sql("analyze prescriptionreview_" + table).update();
        }
        rollup.rebuild(today.minusDays(days - 1L), today);
        Instant rolled = this.clock.instant();
        return new Result(
                written,
                flagged,
                open,
                events,
                tasks,
                findings,
                Duration.between(started, stored),
                Duration.between(stored, rolled));
    }

    /** Prescriptions per day: weekends at 60%, winter months up to 15% more; exact total (largest remainders). */
    static int[] perDay(int count, LocalDate today, int days) {
        double[] weight = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = today.minusDays(days - 1L - d);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            double season = 1 + 0.15 * Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.0);
            weight[d] = (weekend ? 0.6 : 1.0) * season;
            sum += weight[d];
        }
        int[] n = new int[days];
        double[] remainder = new double[days];
        int assigned = 0;
        for (int d = 0; d < days; d++) {
            double exact = weight[d] / sum * count;
            n[d] = (int) Math.floor(exact);
            remainder[d] = exact - n[d];
            assigned += n[d];
        }
        Integer[] order = new Integer[days];
        for (int d = 0; d < days; d++) {
            order[d] = d;
        }
        Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int i = 0; assigned < count; i++, assigned++) {
            n[order[i % days]]++;
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** An institution that prescribes, with its doctors (each in one department) and its medical community. */
    record Institution(
            Unit unit, String pool, TimeoutPolicy policy, List<StaffMember> doctors, List<String> departments) {}

    record District(Institution[] institutions, double[] cumulative, Map<String, List<StaffMember>> pharmacists) {}

    private District district() {
        Unit root = organizations.root();
        DataScope all = new DataScope(root.id(), root.path(), Optional.empty());
        // share of the district's visits per kind of institution (research §5.2: hospitals 42.6, centres 8.3 + 13.1,
        // stations and village clinics 16.1 × 10⁸ nationally), spread evenly over the institutions of each kind
        Map<UnitType, Double> share =
                Map.of(UnitType.HOSPITAL, 0.45, UnitType.HEALTH_CENTRE, 0.32, UnitType.STATION, 0.23);
        List<Institution> institutions = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        Map<String, List<StaffMember>> pharmacists = new LinkedHashMap<>();
        for (UnitType type : List.of(UnitType.HOSPITAL, UnitType.HEALTH_CENTRE, UnitType.STATION)) {
            List<Unit> units = new ArrayList<>();
            for (int page = 0; ; page++) {
                var result = organizations.search(new UnitQuery(type, null, null, null), all, page, 200);
                units.addAll(result.items());
                if ((long) (page + 1) * 200 >= result.total()) {
                    break;
                }
            }
            units.sort((a, b) -> a.code().compareTo(b.code()));
            List<Institution> ofType = new ArrayList<>();
            for (Unit unit : units) {
                String pool = pools.poolOf(unit.id());
                List<StaffMember> staff = organizations.staffOf(unit.id());
                staff.stream().filter(StaffMember::pharmacist).forEach(p -> pharmacists
                        .computeIfAbsent(pool, k -> new ArrayList<>())
                        .add(p));
                List<StaffMember> doctors =
                        staff.stream().filter(StaffMember::prescribingRight).toList();
                if (!doctors.isEmpty()) {
                    ofType.add(new Institution(unit, pool, pools.policyOf(pool), doctors, departments(type)));
                }
            }
            for (Institution i : ofType) {
                institutions.add(i);
                weights.add(share.get(type) / ofType.size());
            }
        }
        double[] cumulative = new double[institutions.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
        return new District(institutions.toArray(Institution[]::new), cumulative, pharmacists);
    }

    private static List<String> departments(UnitType type) {
        return switch (type) {
            case HOSPITAL -> List.of("内科", "儿科", "外科", "急诊科", "中医科", "老年病科", "感染科", "妇科");
            case HEALTH_CENTRE -> List.of("全科", "全科", "儿科", "急诊科", "中医科");
            default -> List.of("全科");
        };
    }

    /** The rows of one day, formatted for COPY by a screening thread through the tables' owners. */
    static final class DayRows {
        final LocalDate day;
        final PrescriptionStore.Batch store;
        final ReviewLedger.Batch ledger;
        int count;
        int flagged;
        int open;

        DayRows(LocalDate day, PrescriptionStore.Batch store, ReviewLedger.Batch ledger) {
            this.day = day;
            this.store = store;
            this.ledger = ledger;
        }
    }

    /** Generates, screens and simulates the review of one day's prescriptions. */
    final class DayWorker {

        private final District district;
        private final PrescriptionScreening screening;
        private final DayClock clock;
        private final ClinicalTemplates templates;
        private final ZoneId zone;
        private final Instant now;
        private final LocalDate day;
        private final long base;
        private final SplittableRandom random;
        private final DayRows rows;

        DayWorker(
                District district,
                PrescriptionScreening screening,
                DayClock clock,
                ClinicalTemplates templates,
                ZoneId zone,
                Instant now,
                long seed,
                LocalDate day,
                long base) {
            this.district = district;
            this.screening = screening;
            this.clock = clock;
            this.templates = templates;
            this.zone = zone;
            this.now = now;
            this.day = day;
            this.base = base;
            this.random = new SplittableRandom(seed * 1_000_003L + day.toEpochDay());
            this.rows = new DayRows(day, store.batch(), ledger.batch());
        }

        DayRows run(int count, int live) {
            for (int i = 0; i < count; i++) {
                one(base + i, false);
            }
            for (int i = 0; i < live; i++) {
                one(base + count + i, true);
            }
            return rows;
        }

        /** One prescription: written, screened, reviewed (up to {@code now}), formatted. */
        private void one(long id, boolean liveQueue) {
            Institution inst = institution();
            int doctorIndex = random.nextInt(inst.doctors().size());
            StaffMember doctor = inst.doctors().get(doctorIndex);
            String department =
                    inst.departments().get(doctorIndex % inst.departments().size());
            Setting setting = department.equals("急诊科")
                    ? Setting.EMERGENCY
                    : inst.unit().type() != UnitType.STATION && random.nextDouble() < 0.12
                            ? Setting.INPATIENT
                            : Setting.OUTPATIENT;
            Instant at = liveQueue
                    ? now.minusSeconds(
                            random.nextInt((int) timers.sla().get(setting).toSeconds() * 9 / 10 + 30))
                    : time(setting);
            boolean child = department.equals("儿科");
            Draft clean = draft(id, inst, doctor, setting, child, false);
            Draft written = random.nextDouble() < (liveQueue ? 1.0 : INJECTED_PROBLEM_SHARE)
                    ? draft(id, inst, doctor, setting, child, true, clean)
                    : clean;
            Prescriber prescriber = Prescriber.registered(doctor, inst.unit());
            Verdict verdict = screen(written, inst, prescriber, at);
            for (int attempt = 0;
                    liveQueue && attempt < 30 && verdict.action() != Action.PHARMACIST_REVIEW;
                    attempt++) {
                written = draft(id, inst, doctor, setting, child, true, clean);
                verdict = screen(written, inst, prescriber, at);
            }
            if (liveQueue && verdict.action() != Action.PHARMACIST_REVIEW) {
                return;
            }
            new Story(id, inst, department, doctor, prescriber, setting, at, clean, written, verdict, liveQueue).tell();
        }

        private Institution institution() {
            double x = random.nextDouble();
            int i = Arrays.binarySearch(district.cumulative(), x);
            i = i >= 0 ? i : -i - 1;
            return district.institutions()[Math.min(i, district.institutions().length - 1)];
        }

        /** When it was written: surgery hours for outpatients, mornings on the ward, any hour in emergency. */
        private Instant time(Setting setting) {
            LocalTime t =
                    switch (setting) {
                        case EMERGENCY -> LocalTime.ofSecondOfDay(random.nextInt(86_400));
                        case INPATIENT -> LocalTime.of(7, 30).plusSeconds(random.nextInt(3 * 3600));
                        case OUTPATIENT ->
                            random.nextBoolean()
                                    ? LocalTime.of(8, 0).plusSeconds(random.nextInt(3 * 3600 + 1800))
                                    : LocalTime.of(13, 30).plusSeconds(random.nextInt(3 * 3600 + 1800));
                    };
            Instant at = ZonedDateTime.of(day, t, zone).toInstant();
            if (at.isAfter(now.minusSeconds(60))) {
                // today: nothing in the future
                long span = Math.max(
                        60,
                        Duration.between(day.atStartOfDay(zone).toInstant(), now)
                                        .toSeconds()
                                - 60);
                at = day.atStartOfDay(zone).toInstant().plusSeconds(random.nextLong(span));
            }
            return at;
        }

        record Draft(PrescriptionRequest request, String body, String sha) {}

        private Draft draft(
                long id, Institution inst, StaffMember doctor, Setting setting, boolean child, boolean problem) {
            return draft(id, inst, doctor, setting, child, problem, null);
        }

        private Draft draft(
                long id,
                Institution inst,
                StaffMember doctor,
                Setting setting,
                boolean child,
                boolean problem,
                Draft clean) {
            PrescriptionRequest request;
            if (clean == null) {
                request = cleanRequest(id, inst, doctor, setting, child);
            } else {
                request = withProblem(clean.request(), setting);
            }
            String body = json.writeValueAsString(request);
            return new Draft(request, body, Sha256.hex(body));
        }

        private PrescriptionRequest cleanRequest(
                long id, Institution inst, StaffMember doctor, Setting setting, boolean child) {
            int age = child ? 3 + random.nextInt(11) : 18 + (int) (72 * Math.pow(random.nextDouble(), 0.8));
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            LocalDate birth = day.minusYears(age).minusDays(random.nextInt(365));
            Double weight = child ? Math.round((age * 2.5 + 8) * 10) / 10.0 : null;
            ClinicalTemplates.Template template = templates.pick(random, child);
            boolean chronic = CHRONIC.contains(template.icd10()) && setting == Setting.OUTPATIENT;
            int days = setting == Setting.EMERGENCY
                    ? 1 + random.nextInt(3)
                    : setting == Setting.INPATIENT ? 1 : chronic ? 14 + 14 * random.nextInt(2) : 3 + random.nextInt(5);
            List<String> drugs = new ArrayList<>(template.drugs());
            List<PrescriptionRequest.Line> lines = new ArrayList<>();
            double factor = child ? Math.max(0.2, Math.min(1.0, weight / 60.0)) : 1.0;
            for (int k = 0; k < template.picks() && !drugs.isEmpty(); k++) {
                String g = drugs.remove(random.nextInt(drugs.size()));
                lines.add(templates.lineOf(g, random).request(factor, days, child));
            }
            return new PrescriptionRequest(
                    inst.unit().code(),
                    "D" + day.toString().replace("-", "") + "-" + id,
                    setting,
                    PrescriptionType.WESTERN,
                    day,
                    new PrescriptionRequest.PrescriberRef(doctor.id(), doctor.name()),
                    new PrescriptionRequest.Patient(
                            null, birth, sex, weight, null, null, List.of(), null, null, null, null, null, null, null,
                            null),
                    List.of(new PrescriptionRequest.DiagnosisEntry(template.icd10(), template.text())),
                    null,
                    null,
                    chronic ? "慢性病" : null,
                    null,
                    null,
                    null,
                    null,
                    lines);
        }

        /** One of the common problems that prescription review exists to catch (research §2.4). */
        private PrescriptionRequest withProblem(PrescriptionRequest r, Setting setting) {
            List<PrescriptionRequest.Line> lines = new ArrayList<>(r.lines());
            List<PrescriptionRequest.DiagnosisEntry> diagnoses = r.diagnoses();
            String extendedReason = r.extendedSupplyReason();
            double kind = random.nextDouble();
            int days = lines.get(0).days() == null ? 3 : lines.get(0).days();
            if (kind < 0.35) {
                // an interacting pair (knowledge-base interaction entry)
                ClinicalTemplates.Line[] pair = templates.interactingPair(random);
                if (pair != null) {
                    lines.add(pair[0].request(1, days));
                    lines.add(pair[1].request(1, days));
                }
            } else if (kind < 0.55) {
                // a dose above the labelled maximum single dose
                var l = lines.get(0);
                lines.set(0, withDose(l, l.dose() * (3 + random.nextInt(3))));
            } else if (kind < 0.67 && setting != Setting.INPATIENT) {
                // a supply beyond 7 (emergency 3) days without a stated reason (《处方管理办法》第十九条)
                extendedReason = null;
                var l = lines.get(0);
                lines.set(0, withDays(l, setting == Setting.EMERGENCY ? 7 : 21));
            } else if (kind < 0.80) {
                // no diagnosis
                diagnoses = List.of();
            } else if (kind < 0.90) {
                // the same drug twice (duplicate ingredient)
                lines.add(lines.get(0));
            } else {
                // "遵医嘱" instead of a dose
                var l = lines.get(0);
                lines.set(
                        0,
                        new PrescriptionRequest.Line(
                                l.drugName(),
                                null,
                                null,
                                l.form(),
                                l.route(),
                                null,
                                null,
                                null,
                                l.days(),
                                null,
                                null,
                                null,
                                l.skinTestResult(),
                                "遵医嘱"));
            }
            return new PrescriptionRequest(
                    r.institutionCode(),
                    r.prescriptionNumber(),
                    r.setting(),
                    r.type(),
                    r.issuedOn(),
                    r.prescriber(),
                    r.patient(),
                    diagnoses,
                    null,
                    null,
                    extendedReason,
                    null,
                    null,
                    null,
                    null,
                    lines);
        }

        private PrescriptionRequest.Line withDose(PrescriptionRequest.Line l, double dose) {
            return new PrescriptionRequest.Line(
                    l.drugName(),
                    null,
                    null,
                    l.form(),
                    l.route(),
                    dose,
                    l.doseUnit(),
                    l.frequency(),
                    l.days(),
                    null,
                    null,
                    null,
                    l.skinTestResult(),
                    null);
        }

        private PrescriptionRequest.Line withDays(PrescriptionRequest.Line l, int days) {
            return new PrescriptionRequest.Line(
                    l.drugName(),
                    null,
                    null,
                    l.form(),
                    l.route(),
                    l.dose(),
                    l.doseUnit(),
                    l.frequency(),
                    days,
                    null,
                    null,
                    null,
                    l.skinTestResult(),
                    null);
        }

        private Verdict screen(Draft draft, Institution inst, Prescriber prescriber, Instant at) {
            var mapped = PrescriptionRequests.stored(draft.request(), inst.unit(), prescriber);
            clock.set(at);
            return screening.screen(mapped.prescription(), mapped.intake().toContext());
        }

        /** The review story of one prescription, cut at {@code now}. */
        final class Story {
            private final long id;
            private final Institution inst;
            private final String department;
            private final StaffMember doctor;
            private final Prescriber prescriber;
            private final Setting setting;
            private final Instant at;
            private final Draft clean;
            private final Draft written;
            private final Verdict verdict;
            private final boolean liveQueue;
            private final String path;
            private int revision = 1;
            private ReviewState state;
            private Instant stateAt;
            private Draft stored;
            private Verdict storedVerdict;
            private final List<Finding> opened = new ArrayList<>();
            private final Map<String, Integer> closedAt = new HashMap<>();
            private final List<Finding> revisionTwo = new ArrayList<>();
            private Instant revisedAt;

            Story(
                    long id,
                    Institution inst,
                    String department,
                    StaffMember doctor,
                    Prescriber prescriber,
                    Setting setting,
                    Instant at,
                    Draft clean,
                    Draft written,
                    Verdict verdict,
                    boolean liveQueue) {
                this.id = id;
                this.inst = inst;
                this.department = department;
                this.doctor = doctor;
                this.prescriber = prescriber;
                this.setting = setting;
                this.at = at;
                this.clean = clean;
                this.written = written;
                this.verdict = verdict;
                this.liveQueue = liveQueue;
                this.path = inst.unit().path();
                this.stored = written;
                this.storedVerdict = verdict;
                this.opened.addAll(verdict.findings());
            }

            void tell() {
                rows.count++;
                boolean isFlagged = !verdict.passes();
                if (isFlagged) {
                    rows.flagged++;
                }
                state = ReviewState.after(verdict.status(), verdict.action());
                stateAt = at;
                event(at, EventKind.SCREENED, null, state, SYSTEM, List.of(), null);
                switch (state) {
                    case AWAITING_SIGNATURE -> signature(at.plusSeconds(60 + random.nextInt(240)));
                    case QUEUED -> review();
                    case REJECTED -> {
                        Instant t = at.plusSeconds(60 + random.nextInt(300));
                        if (random.nextDouble() < 0.85) {
                            modify(t, ReviewState.REJECTED);
                        } else {
                            cancel(t, ReviewState.REJECTED);
                        }
                    }
                    default -> {}
                }
                writePrescription();
            }

            /** The doctor answers a blocking alert: double-signs (55%), modifies (38%) or withdraws. */
            private void signature(Instant t) {
                if (t.isAfter(now)) {
                    return;
                }
                double x = random.nextDouble();
                if (x < 0.55) {
                    doubleSign(t, state);
                } else if (x < 0.93) {
                    modify(t, state);
                } else {
                    cancel(t, state);
                }
            }

            /** A pharmacist round: claim, decide (approve 80%, return 20%), or the timer's policy (4%). */
            private void review() {
                Duration limit = timers.sla().get(setting);
                Instant due = at.plus(limit);
                Instant amber = at.plusMillis(Math.round(limit.toMillis() * timers.amberFraction()));
                List<StaffMember> pharmacists = district.pharmacists().getOrDefault(inst.pool(), List.of());
                String pharmacist = pharmacists.isEmpty()
                        ? "pharmacist"
                        : actor(pharmacists.get(random.nextInt(pharmacists.size())));
                Skill skill = skill();
                Tier tier = verdict.highestTier();
                boolean timeout = !liveQueue && random.nextDouble() < 0.04;
                Instant claimedAt =
                        at.plusMillis((long) (limit.toMillis() * 0.12 * -Math.log(1 - random.nextDouble())));
                Instant decidedAt = claimedAt.plusSeconds(20 + (long) (70 * -Math.log(1 - random.nextDouble())));
                if (liveQueue || claimedAt.isAfter(now)) {
                    // still waiting: an open round in the queue
                    boolean red = now.isAfter(due);
                    if (now.isAfter(amber)) {
                        amber(amber);
                    }
                    if (red) {
                        red(due);
                    }
                    task(skill, tier, amber, due, null, null, null, null, null, red);
                    rows.open++;
                    return;
                }
                if (timeout) {
                    // nobody claimed it in time: the timers and then the pool's timeout policy, as the sweeper acts
                    Timeout policy = Timeout.of(inst.policy(), due, zone, false);
                    amber(amber);
                    red(due);
                    event(
                            due,
                            policy.kind(),
                            ReviewState.QUEUED,
                            policy.to(),
                            SYSTEM,
                            policy.reasons(),
                            policy.message());
                    state = policy.to();
                    stateAt = due;
                    if (policy.outcome() != null) {
                        task(skill, tier, amber, due, null, null, SYSTEM, due, policy.outcome(), true);
                        if (policy.to() == ReviewState.RETURNED) {
                            afterReturn(due.plusSeconds(120 + random.nextInt(600)));
                        }
                        return;
                    }
                    // escalated: the task starts again with new timers for a senior pharmacist, who approves it
                    Duration sla = timers.sla().get(setting);
                    Instant seniorAmber = due.plusMillis(Math.round(sla.toMillis() * timers.amberFraction()));
                    Instant seniorDue = due.plus(sla);
                    Instant seniorClaim = due.plusSeconds(30 + random.nextInt(60));
                    Instant seniorDecision = seniorClaim.plusSeconds(30 + random.nextInt(60));
                    if (seniorDecision.isAfter(now)) {
                        seniorTask(skill, tier, seniorAmber, seniorDue, null, null, null, null);
                        rows.open++;
                        return;
                    }
                    event(
                            seniorClaim,
                            EventKind.CLAIMED,
                            ReviewState.ESCALATED,
                            ReviewState.CLAIMED,
                            pharmacist,
                            List.of(),
                            null);
                    event(
                            seniorDecision,
                            EventKind.APPROVED,
                            ReviewState.CLAIMED,
                            ReviewState.APPROVED,
                            pharmacist,
                            List.of(),
                            null);
                    seniorTask(
                            skill,
                            tier,
                            seniorAmber,
                            seniorDue,
                            pharmacist,
                            seniorClaim,
                            seniorDecision,
                            TaskOutcome.APPROVED);
                    state = ReviewState.APPROVED;
                    stateAt = seniorDecision;
                    return;
                }
                event(
                        claimedAt,
                        EventKind.CLAIMED,
                        ReviewState.QUEUED,
                        ReviewState.CLAIMED,
                        pharmacist,
                        List.of(),
                        null);
                state = ReviewState.CLAIMED;
                stateAt = claimedAt;
                if (decidedAt.isAfter(now)) {
                    task(skill, tier, amber, due, pharmacist, claimedAt, null, null, null, now.isAfter(due));
                    rows.open++;
                    return;
                }
                boolean breached = decidedAt.isAfter(due);
                double x = random.nextDouble();
                if (x < 0.72) {
                    event(
                            decidedAt,
                            EventKind.APPROVED,
                            ReviewState.CLAIMED,
                            ReviewState.APPROVED,
                            pharmacist,
                            List.of(),
                            null);
                    task(
                            skill,
                            tier,
                            amber,
                            due,
                            pharmacist,
                            claimedAt,
                            pharmacist,
                            decidedAt,
                            TaskOutcome.APPROVED,
                            breached);
                    state = ReviewState.APPROVED;
                } else if (x < 0.80) {
                    event(
                            decidedAt,
                            EventKind.APPROVED_WITH_NOTE,
                            ReviewState.CLAIMED,
                            ReviewState.APPROVED,
                            pharmacist,
                            List.of(),
                            "已核对，请注意监测");
                    task(
                            skill,
                            tier,
                            amber,
                            due,
                            pharmacist,
                            claimedAt,
                            pharmacist,
                            decidedAt,
                            TaskOutcome.APPROVED_WITH_NOTE,
                            breached);
                    state = ReviewState.APPROVED;
                } else {
                    event(
                            decidedAt,
                            EventKind.RETURNED,
                            ReviewState.CLAIMED,
                            ReviewState.RETURNED,
                            pharmacist,
                            List.of(reason()),
                            "请核对后修改");
                    task(
                            skill,
                            tier,
                            amber,
                            due,
                            pharmacist,
                            claimedAt,
                            pharmacist,
                            decidedAt,
                            TaskOutcome.RETURNED,
                            breached);
                    state = ReviewState.RETURNED;
                    stateAt = decidedAt;
                    afterReturn(decidedAt.plusSeconds(120 + random.nextInt(600)));
                    return;
                }
                stateAt = decidedAt;
            }

            /** The doctor after a return: modifies (75%), double-signs (15%) or withdraws. */
            private void afterReturn(Instant t) {
                if (t.isAfter(now)) {
                    return;
                }
                double x = random.nextDouble();
                if (x < 0.75) {
                    modify(t, ReviewState.RETURNED);
                } else if (x < 0.90) {
                    doubleSign(t, ReviewState.RETURNED);
                } else {
                    cancel(t, ReviewState.RETURNED);
                }
            }

            private void doubleSign(Instant t, ReviewState from) {
                event(
                        t,
                        EventKind.DOUBLE_SIGNED,
                        from,
                        ReviewState.DOUBLE_SIGNED,
                        "doctor:" + doctor.id(),
                        List.of(DoubleSignReason.CLINICAL_NEED.name()),
                        "临床需要，已告知患者");
                state = ReviewState.DOUBLE_SIGNED;
                stateAt = t;
            }

            private void cancel(Instant t, ReviewState from) {
                event(t, EventKind.CANCELLED, from, ReviewState.CANCELLED, "doctor:" + doctor.id(), List.of(), null);
                state = ReviewState.CANCELLED;
                stateAt = t;
            }

            /** A new revision without the problem; re-screened on the spot. If it still stops, the doctor signs. */
            private void modify(Instant t, ReviewState from) {
                if (clean == written) {
                    if (from == ReviewState.REJECTED) {
                        cancel(t, from);
                    } else {
                        doubleSign(t, from);
                    }
                    return;
                }
                Verdict v = screen(clean, inst, prescriber, t);
                if (!v.passes()) {
                    if (from == ReviewState.REJECTED) {
                        cancel(t, from);
                    } else {
                        doubleSign(t, from);
                    }
                    return;
                }
                revision = 2;
                revisedAt = t;
                Set<String> now2 =
                        v.findings().stream().map(PrescriptionStore::key).collect(Collectors.toSet());
                Set<String> before = new HashSet<>();
                for (Finding f : opened) {
                    String k = PrescriptionStore.key(f);
                    before.add(k);
                    if (!now2.contains(k)) {
                        closedAt.put(k, 2);
                    }
                }
                for (Finding f : v.findings()) {
                    if (!before.contains(PrescriptionStore.key(f))) {
                        revisionTwo.add(f);
                    }
                }
                stored = clean;
                storedVerdict = v;
                event(t, EventKind.MODIFIED, from, ReviewState.PASSED, "doctor:" + doctor.id(), List.of(), "按药师意见修改");
                state = ReviewState.PASSED;
                stateAt = t;
            }

            private Skill skill() {
                String text = written.body();
                if (department.equals("儿科")) {
                    return Skill.PAEDIATRICS;
                }
                if (text.contains("西林") || text.contains("头孢") || text.contains("沙星") || text.contains("霉素")) {
                    return Skill.ANTIMICROBIAL;
                }
                return Skill.GENERAL;
            }

            /** The reason a pharmacist returns it with: that of its first finding's rule. */
            private String reason() {
                String rule = verdict.findings().isEmpty()
                        ? ""
                        : verdict.findings().get(0).ruleId();
                return ReturnReason.forRule(rule).name();
            }

            /** The timer turned amber (the sweeper's AMBER event). */
            private void amber(Instant t) {
                event(
                        t,
                        EventKind.AMBER,
                        ReviewState.QUEUED,
                        ReviewState.QUEUED,
                        SYSTEM,
                        List.of(),
                        TimeoutSweeper.AMBER_MESSAGE);
            }

            /** The timer ran out (the sweeper's RED event). */
            private void red(Instant t) {
                event(
                        t,
                        EventKind.RED,
                        ReviewState.QUEUED,
                        ReviewState.QUEUED,
                        SYSTEM,
                        List.of(),
                        TimeoutSweeper.redMessage(ReviewPools.offHours(inst.policy(), t, zone)));
            }

            /** The round restarted for senior pharmacists after an escalating timeout. */
            private void seniorTask(
                    Skill skill,
                    Tier tier,
                    Instant amber,
                    Instant due,
                    String claimedBy,
                    Instant claimedAt,
                    Instant decidedAt,
                    TaskOutcome outcome) {
                rows.ledger.task(new ReviewLedger.Task(
                        id,
                        1,
                        path,
                        inst.pool(),
                        skill,
                        setting,
                        tier,
                        true,
                        at,
                        amber,
                        due,
                        claimedBy,
                        claimedAt,
                        claimedBy,
                        decidedAt,
                        outcome,
                        true));
            }

            private void task(
                    Skill skill,
                    Tier tier,
                    Instant amber,
                    Instant due,
                    String claimedBy,
                    Instant claimedAt,
                    String decidedBy,
                    Instant decidedAt,
                    TaskOutcome outcome,
                    boolean breached) {
                rows.ledger.task(new ReviewLedger.Task(
                        id,
                        1,
                        path,
                        inst.pool(),
                        skill,
                        setting,
                        tier,
                        false,
                        at,
                        amber,
                        due,
                        claimedBy,
                        claimedAt,
                        decidedBy,
                        decidedAt,
                        outcome,
                        breached));
            }

            /**
             * One event. As in the workflow, only the system's timer events are marked off hours, by the pool's
             * configured working hours; the people's actions and the screening are not.
             */
            private void event(
                    Instant t,
                    EventKind kind,
                    ReviewState from,
                    ReviewState to,
                    String actor,
                    List<String> reasons,
                    String message) {
                boolean timer = kind == EventKind.AMBER
                        || kind == EventKind.RED
                        || kind == EventKind.AUTO_PASSED
                        || (kind == EventKind.TIMEOUT && SYSTEM.equals(actor));
                rows.ledger.event(new ReviewLedger.Change(
                        id,
                        kind == EventKind.MODIFIED ? 2 : revision,
                        path,
                        from,
                        to,
                        kind,
                        actor,
                        reasons,
                        message,
                        timer && ReviewPools.offHours(inst.policy(), t, zone),
                        t));
            }

            private void writePrescription() {
                rows.store.prescription(new PrescriptionStore.BulkPrescription(
                        id,
                        inst.unit().id(),
                        path,
                        stored.request().prescriptionNumber(),
                        revision,
                        setting,
                        doctor.id(),
                        day,
                        stored.sha(),
                        stored.body(),
                        storedVerdict,
                        SUBMITTED_BY,
                        at,
                        revision == 1 ? at : revisedAt,
                        stateAt,
                        state,
                        stateAt,
                        department));
                for (Finding f : opened) {
                    Integer closed = closedAt.get(PrescriptionStore.key(f));
                    rows.store.finding(
                            id, f, 1, closed, closed == null ? null : revisedAt, closed == null ? null : "第2版复审不再触发");
                }
                for (Finding f : revisionTwo) {
                    rows.store.finding(id, f, 2, null, null, null);
                }
            }
        }
    }

    /** Pharmacists act under their staff id where they have no account (the demo has one pharmacist account). */
    static String actor(StaffMember pharmacist) {
        return "staff:" + pharmacist.id();
    }
}
