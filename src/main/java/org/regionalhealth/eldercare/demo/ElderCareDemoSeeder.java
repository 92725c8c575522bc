package org.regionalhealth.eldercare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.regionalhealth.eldercare.AbilityItem;
import org.regionalhealth.eldercare.AssessmentReason;
import org.regionalhealth.eldercare.CareSetting;
import org.regionalhealth.eldercare.DischargeReason;
import org.regionalhealth.eldercare.ElderCareProperties;
import org.regionalhealth.eldercare.HomeBeds;
import org.regionalhealth.eldercare.Hospice;
import org.regionalhealth.eldercare.HospiceWard;
import org.regionalhealth.eldercare.IntegratedCare;
import org.regionalhealth.eldercare.NewHomeBed;
import org.regionalhealth.eldercare.PlaceOfDeath;
import org.regionalhealth.eldercare.RehabOutcome;
import org.regionalhealth.eldercare.SymptomItem;
import org.regionalhealth.eldercare.VisitKind;
import org.regionalhealth.eldercare.assessment.AssessmentBulkLoad;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Elderly care at the review's figures where cheap: capability assessments (≈ 50,000 in the full demo, spread over
 * the last 18 months so the 65+ worklist has residents due), 1,471 family sickbeds with visits (some overdue), the
 * hospice wards of two hospitals and 24 health centres with patients from referral to bereavement follow-up, 医养结合
 * care plans with service logs and home rehabilitation episodes (5,232 in the full demo). A smaller district gets the
 * same share of its residents, at least {@code rhp.eldercare.demo-minimum} of each. Everything through the module's
 * own writers (assessments through the bulk load, which scores with the same rules).
 */
@Component
class ElderCareDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(ElderCareDemoSeeder.class);

    private static final String[][] BED_CASES = {
        {"脑梗死恢复期", "李红（女儿）"}, {"肺恶性肿瘤晚期", "张明（儿子）"}, {"慢性阻塞性肺疾病急性加重后", "王芳（妻子）"},
        {"髋部骨折术后长期卧床", "陈军（儿子）"}, {"2型糖尿病伴足溃疡", "赵丽（女儿）"}, {"慢性心力衰竭", "孙伟（儿子）"},
        {"阿尔茨海默病长期卧床", "周敏（儿媳）"}, {"脑出血后遗症", "吴强（儿子）"}
    };
    private static final String[] HOSPICE_DIAGNOSES = {
        "肺恶性肿瘤晚期", "肝恶性肿瘤晚期", "胃恶性肿瘤晚期", "胰腺恶性肿瘤晚期", "结直肠恶性肿瘤晚期", "终末期心力衰竭", "终末期肾病"
    };
    private static final String[] REHAB = {"脑卒中后偏瘫", "髋部骨折术后", "膝关节置换术后", "帕金森病", "慢性阻塞性肺疾病"};
    private static final String[] REHAB_GOALS = {
        "6周内独立完成床椅转移", "8周内扶助行器独立行走20米", "4周内膝关节屈曲达到100度", "维持步行能力，减少跌倒", "6分钟步行距离提高50米"
    };
    private static final String[] REHAB_CONTENT = {"坐站转移训练", "步行训练", "平衡训练", "关节活动度训练", "呼吸功能训练", "日常生活活动训练"};
    private static final String[] CAREGIVERS = {"护理员 陈丽", "护理员 王强", "护士 李婷", "护理员 张秀英", "护理员 刘芳", "家庭医生 赵军"};
    private static final String[] THERAPISTS = {"康复治疗师 赵敏", "康复治疗师 钱磊", "康复治疗师 孙悦", "康复治疗师 周杰"};

    private final AssessmentBulkLoad assessments;
    private final HomeBeds beds;
    private final Hospice hospice;
    private final IntegratedCare care;
    private final ResidentIndex residents;
    private final Organizations organizations;
    private final ElderCareProperties properties;
    private final UserDetailsService accounts;
    private final CurrentUsers users;
    private final Clock clock;

    ElderCareDemoSeeder(
            AssessmentBulkLoad assessments,
            HomeBeds beds,
            Hospice hospice,
            IntegratedCare care,
            ResidentIndex residents,
            Organizations organizations,
            ElderCareProperties properties,
            UserDetailsService accounts,
            CurrentUsers users,
            Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.assessments = assessments;
        this.beds = beds;
        this.hospice = hospice;
        this.care = care;
        this.residents = residents;
        this.organizations = organizations;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        if (!hospice.wards().isEmpty() || assessments.count() > 0) {
            return;
        }
        // the writers read residents through the audited index: the demo writes as the district administrator
        // (channel SYSTEM in the audit log, as no request is behind it)
        var admin = accounts.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            seed(settings, users.require());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(DemoSettings settings, CurrentUser system) {
        long started = System.nanoTime();
        var today = LocalDate.now(clock);
        var random = new SplittableRandom(settings.seed() ^ 0x21_E1_DE_11L);
        var older = new ArrayList<>(residents.bornOnOrBefore(today.minusYears(60), system, 1_000_000));
        if (older.isEmpty()) {
            return;
        }
        // a seeded shuffle: each kind takes its residents from its own stretch of the list
        for (int i = older.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            var t = older.get(i);
            older.set(i, older.get(j));
            older.set(j, t);
        }
        int nAssessments = size(properties.demoAssessments(), settings);
        int nBeds = size(properties.demoHomeBeds(), settings);
        int nHospice = size(properties.demoHospicePatients(), settings);
        int nPlans = size(properties.demoCarePlans(), settings);
        int nRehab = size(properties.demoRehabEpisodes(), settings);
        int loaded = assess(older, nAssessments, random, today);
        int cursor = 0;
        int bedCount = homeBeds(older.subList(cursor, Math.min(older.size(), cursor + nBeds)), random, today, system);
        cursor = Math.min(older.size(), cursor + nBeds);
        wards(system, today);
        int hospiceCount = hospicePatients(
                older.subList(cursor, Math.min(older.size(), cursor + nHospice)), random, today, system);
        cursor = Math.min(older.size(), cursor + nHospice);
        int planCount = plans(older.subList(cursor, Math.min(older.size(), cursor + nPlans)), random, today, system);
        cursor = Math.min(older.size(), cursor + nPlans);
        int rehabCount = rehab(older.subList(cursor, Math.min(older.size(), cursor + nRehab)), random, today, system);
        log.info(
                "Elderly care demo: {} assessments, {} family sickbeds, {} hospice patients, {} care plans, {} rehabilitation episodes in {} ms",
                loaded,
                bedCount,
                hospiceCount,
                planCount,
                rehabCount,
                (System.nanoTime() - started) / 1_000_000);
    }

    private int size(int full, DemoSettings settings) {
        return properties.demoSize(full, settings.fullScale(), settings.residents());
    }

    private int assess(List<ResidentIndex.Aged> older, int n, SplittableRandom random, LocalDate today) {
        var rows = new ArrayList<AssessmentBulkLoad.Row>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            var person = older.get(i % older.size());
            if (i >= older.size()) {
                break; // one assessment per person in the demo
            }
            // most people keep most of their capability; a few lose much of it
            double frailty = Math.pow(random.nextDouble(), 2.2);
            var scores = new EnumMap<AbilityItem, Integer>(AbilityItem.class);
            for (var item : AbilityItem.values()) {
                int loss = (int) Math.round(item.max() * frailty * (0.6 + 0.8 * random.nextDouble()));
                scores.put(item, Math.max(0, Math.min(item.max(), item.max() - loss)));
            }
            var reason = random.nextDouble() < 0.7 ? AssessmentReason.ANNUAL_CHECK : AssessmentReason.ROUTINE;
            rows.add(new AssessmentBulkLoad.Row(
                    person.id(),
                    person.unitPath(),
                    today.minusDays(random.nextInt(540)),
                    reason,
                    scores,
                    frailty > 0.5 && random.nextDouble() < 0.3,
                    frailty > 0.4 && random.nextDouble() < 0.2 ? 2 : 0));
            if (rows.size() == 5000) {
                total += assessments.load(rows, "demo");
                rows.clear();
            }
        }
        return total + (rows.isEmpty() ? 0 : assessments.load(rows, "demo"));
    }

    private int homeBeds(
            List<ResidentIndex.Aged> people, SplittableRandom random, LocalDate today, CurrentUser system) {
        var rule = beds.rule();
        var all = Set.of(0, 1, 2, 3);
        int count = 0;
        for (var person : people) {
            var doctors = beds.doctorsFor(person.id(), system);
            if (doctors.isEmpty()) {
                continue;
            }
            var c = BED_CASES[random.nextInt(BED_CASES.length)];
            int daysAgo = random.nextInt(rule.maxPeriodDays() + 1);
            try {
                var bed = beds.admit(
                        new NewHomeBed(
                                person.id(),
                                rule.indications()
                                        .get(random.nextInt(rule.indications().size())),
                                c[0],
                                doctors.get(random.nextInt(doctors.size())).id(),
                                c[1],
                                all,
                                today.minusDays(daysAgo),
                                rule.doctorVisitIntervalDays()),
                        system);
                // weekly visits up to a few days ago; one bed in eight has missed its last visit
                boolean lapsed = random.nextInt(8) == 0;
                for (int d = daysAgo - 7; d >= (lapsed ? 10 : 0); d -= 7) {
                    beds.recordVisit(
                            bed.id(),
                            VisitKind.DOCTOR,
                            bed.doctorName(),
                            "神志清，生命体征平稳，继续原治疗方案",
                            today.minusDays(d),
                            system);
                }
                if (daysAgo > 60 && random.nextInt(3) == 0) {
                    beds.discharge(bed.id(), DischargeReason.values()[random.nextInt(3)], null, system);
                }
                count++;
            } catch (PlatformException e) {
                log.debug("demo home bed skipped: {}", e.getMessage());
            }
        }
        return count;
    }

    private void wards(CurrentUser system, LocalDate today) {
        var hospitals = units(UnitType.HOSPITAL, system);
        var centres = units(UnitType.HEALTH_CENTRE, system);
        for (int i = 0; i < Math.min(2, hospitals.size()); i++) {
            hospice.designate(hospitals.get(i).id(), 20, today.minusYears(3));
        }
        for (int i = 0; i < Math.min(24, centres.size()); i++) {
            hospice.designate(centres.get(i).id(), 6 + (i % 3) * 2, today.minusYears(2));
        }
    }

    private int hospicePatients(
            List<ResidentIndex.Aged> people, SplittableRandom random, LocalDate today, CurrentUser system) {
        var wards = hospice.wards();
        if (wards.isEmpty()) {
            return 0;
        }
        var used = new java.util.HashMap<Long, Integer>();
        int count = 0;
        for (var person : people) {
            var ward = wards.get(random.nextInt(wards.size()));
            int daysAgo = 5 + random.nextInt(120);
            try {
                var p = hospice.refer(
                        person.id(),
                        ward.unitId(),
                        HOSPICE_DIAGNOSES[random.nextInt(HOSPICE_DIAGNOSES.length)],
                        10 * (2 + random.nextInt(4)),
                        true,
                        today.minusDays(daysAgo),
                        system);
                count++;
                double r = random.nextDouble();
                if (r < 0.12) {
                    continue; // waiting for admission
                }
                int bed = used.merge(ward.unitId(), 1, Integer::sum);
                if (bed > free(ward)) {
                    continue; // the ward is full: the referral waits
                }
                var admittedOn = today.minusDays(daysAgo - 1);
                hospice.admit(p.id(), String.valueOf(bed), admittedOn, system);
                var scores = new EnumMap<SymptomItem, Integer>(SymptomItem.class);
                for (var item : SymptomItem.values()) {
                    scores.put(item, random.nextInt(item == SymptomItem.PAIN ? 9 : 7));
                }
                hospice.score(p.id(), scores, admittedOn, system);
                if (r < 0.75 && daysAgo > 8) {
                    var diedOn = admittedOn.plusDays(2 + random.nextInt(daysAgo - 4));
                    hospice.died(
                            p.id(),
                            diedOn,
                            random.nextInt(5) == 0 ? PlaceOfDeath.HOME : PlaceOfDeath.WARD,
                            null,
                            system);
                    used.merge(ward.unitId(), -1, Integer::sum);
                    for (var f : hospice.bereavement(p.id(), system)) {
                        if (!f.dueOn().isAfter(today.minusDays(3)) && random.nextInt(4) > 0) {
                            hospice.followedUp(f.id(), "家属", "情绪基本平稳，告知哀伤支持热线", system);
                        }
                    }
                }
            } catch (PlatformException e) {
                log.debug("demo hospice patient skipped: {}", e.getMessage());
            }
        }
        return count;
    }

    private static int free(HospiceWard ward) {
        return ward.beds();
    }

    private int plans(List<ResidentIndex.Aged> people, SplittableRandom random, LocalDate today, CurrentUser system) {
        var nursingHomes = units(UnitType.NURSING_HOME, system);
        var hospitals = units(UnitType.HOSPITAL, system);
        var catalogue = care.catalogue();
        int count = 0;
        for (var person : people) {
            double r = random.nextDouble();
            var setting = r < 0.6 ? CareSetting.HOME : r < 0.9 ? CareSetting.NURSING_HOME : CareSetting.HOSPITAL;
            Long place = setting == CareSetting.NURSING_HOME && !nursingHomes.isEmpty()
                    ? Long.valueOf(nursingHomes
                            .get(random.nextInt(nursingHomes.size()))
                            .id())
                    : setting == CareSetting.HOSPITAL && !hospitals.isEmpty()
                            ? Long.valueOf(hospitals
                                    .get(random.nextInt(hospitals.size()))
                                    .id())
                            : null;
            var services = new ArrayList<String>();
            services.add(catalogue.get(0));
            services.add(catalogue.get(1 + random.nextInt(catalogue.size() - 1)));
            if (services.get(0).equals(services.get(1))) {
                services.remove(1);
            }
            int startedAgo = 10 + random.nextInt(150);
            try {
                var plan = care.createPlan(
                        person.id(),
                        setting,
                        place,
                        "维持日常生活能力，预防跌倒和压疮，慢性病稳定",
                        services,
                        today.minusDays(startedAgo),
                        system);
                int logs = 1 + random.nextInt(4);
                for (int i = 0; i < logs; i++) {
                    care.log(
                            plan.id(),
                            CAREGIVERS[random.nextInt(CAREGIVERS.length)],
                            services.get(random.nextInt(services.size())),
                            20 + random.nextInt(60),
                            null,
                            today.minusDays(random.nextInt(Math.min(startedAgo, 45))),
                            system);
                }
                count++;
            } catch (PlatformException e) {
                log.debug("demo care plan skipped: {}", e.getMessage());
            }
        }
        return count;
    }

    private int rehab(List<ResidentIndex.Aged> people, SplittableRandom random, LocalDate today, CurrentUser system) {
        int count = 0;
        for (var person : people) {
            int k = random.nextInt(REHAB.length);
            int startedAgo = 7 + random.nextInt(200);
            try {
                var therapist = THERAPISTS[random.nextInt(THERAPISTS.length)];
                var episode = care.startRehab(
                        person.id(),
                        REHAB[k],
                        REHAB_GOALS[k],
                        therapist,
                        8 + random.nextInt(3) * 4,
                        today.minusDays(startedAgo),
                        system);
                int sessions = 1 + random.nextInt(4);
                for (int i = 0; i < sessions; i++) {
                    care.session(
                            episode.id(),
                            therapist,
                            REHAB_CONTENT[random.nextInt(REHAB_CONTENT.length)],
                            30 + random.nextInt(31),
                            today.minusDays(startedAgo - 1 - i * Math.max(1, (startedAgo - 1) / sessions)),
                            system);
                }
                if (startedAgo > 60) {
                    care.endRehab(episode.id(), RehabOutcome.values()[random.nextInt(3)], null, system);
                }
                count++;
            } catch (PlatformException e) {
                log.debug("demo rehabilitation skipped: {}", e.getMessage());
            }
        }
        return count;
    }

    private List<Unit> units(UnitType type, CurrentUser system) {
        return organizations
                .search(new UnitQuery(type, null, null, null), system.scope(), 0, 200)
                .items();
    }
}
