package org.regionalhealth.healthcity.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.regionalhealth.healthcity.Collection;
import org.regionalhealth.healthcity.Department;
import org.regionalhealth.healthcity.Direction;
import org.regionalhealth.healthcity.Evaluations;
import org.regionalhealth.healthcity.EvidenceFile;
import org.regionalhealth.healthcity.HealthCityProperties;
import org.regionalhealth.healthcity.Indicator;
import org.regionalhealth.healthcity.IndicatorCatalogue;
import org.regionalhealth.healthcity.NewSubmission;
import org.regionalhealth.healthcity.PlatformIndicators;
import org.regionalhealth.healthcity.SubmissionDesk;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo health-city data: {@code rhp.healthcity.demo-years} past years of every indicator for every town, imported as
 * the evaluations before the platform (each town with its own level and trend, so rankings move and some towns
 * improve fast); in the last of them one department indicator is missing and two came in late. The current year:
 * the platform computes its indicators from the demo's own data, and department submissions stand at each step of
 * the approval. Six department officers (two per department, for the two-person approval) are created.
 */
@Component
class HealthCityDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(HealthCityDemoSeeder.class);

    /** Department officers: username, display name, department. */
    static final String[][] OFFICERS = {
        {"dept-sports", "区文广旅体局 填报员", "SPORTS"},
        {"dept-sports-lead", "区文广旅体局 科室负责人", "SPORTS"},
        {"dept-ecology", "区生态环境分局 填报员", "ECOLOGY"},
        {"dept-ecology-lead", "区生态环境分局 科室负责人", "ECOLOGY"},
        {"dept-education", "区教育局 填报员", "EDUCATION"},
        {"dept-education-lead", "区教育局 科室负责人", "EDUCATION"}
    };

    /** Department indicators missing and late in the last imported year (the late and missing list shows them). */
    static final String MISSING = "HC41";

    static final List<String> LATE = List.of("HC17", "HC28");

    private final IndicatorCatalogue catalogue;
    private final SubmissionDesk desk;
    private final PlatformIndicators platform;
    private final Evaluations evaluations;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final HealthCityProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HealthCityDemoSeeder(
            IndicatorCatalogue catalogue,
            SubmissionDesk desk,
            PlatformIndicators platform,
            Evaluations evaluations,
            Organizations organizations,
            AccountAdministration accounts,
            HealthCityProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.catalogue = catalogue;
        this.desk = desk;
        this.platform = platform;
        this.evaluations = evaluations;
        this.organizations = organizations;
        this.accounts = accounts;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        catalogue.synchronise();
        if (!evaluations.years().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        var root = organizations.root();
        var towns = organizations.towns();
        if (towns.isEmpty()) {
            return;
        }
        var admin = user("admin", Role.DISTRICT_ADMIN, root.id(), root.path());
        int thisYear = LocalDate.now(clock).getYear();
        var random = new SplittableRandom(settings.seed() ^ 0x23A_2018L);
        // each town: a level (-1 … 1) and a pace of improvement (0 … 1); three towns improve fast
        var level = new HashMap<String, Double>();
        var pace = new HashMap<String, Double>();
        for (int i = 0; i < towns.size(); i++) {
            level.put(towns.get(i).code(), random.nextDouble(-1, 1));
            pace.put(towns.get(i).code(), i % 9 == 4 ? random.nextDouble(0.8, 1) : random.nextDouble(0, 0.4));
        }
        int first = thisYear - properties.demoYears();
        // the late and missing ones in the latest year whose due day has passed (last year from February on)
        int lastDue = desk.lastDueYear();
        var indicators = catalogue.current();
        transactions.executeWithoutResult(status -> {
            for (int year = first; year < thisYear; year++) {
                for (Indicator indicator : indicators) {
                    if (year == lastDue && indicator.code().equals(MISSING)) {
                        continue;
                    }
                    var values = new LinkedHashMap<String, BigDecimal>();
                    for (Division town : towns) {
                        values.put(
                                town.code(),
                                value(
                                        indicator,
                                        level.get(town.code()),
                                        pace.get(town.code()),
                                        (year - first) / (double) Math.max(1, properties.demoYears() - 1),
                                        random));
                    }
                    var due = desk.dueOn(year);
                    LocalDate reported = year == lastDue && LATE.contains(indicator.code())
                            ? due.plusDays(9 + random.nextInt(20))
                            : due.minusDays(1 + random.nextInt(20));
                    Instant at = reported.atTime(LocalTime.of(10, 0).plusMinutes(random.nextInt(360)))
                            .atZone(clock.getZone())
                            .toInstant();
                    String note = indicator.collection() == Collection.PLATFORM
                            ? year + " 年度评价（平台上线前的统计数据导入）"
                            : year + " 年度评价（部门报表导入）";
                    desk.importValues(indicator.code(), year, values, at, note, admin);
                }
            }
        });
        createOfficers(root.id());
        platform.recompute();
        submissionsOfThisYear(thisYear, towns, level, random, root.id(), root.path(), admin);
        log.info(
                "Demo: health-city evaluations {}–{} for {} towns in {} ms",
                first,
                thisYear,
                towns.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void createOfficers(long rootId) {
        var list = new ArrayList<NewAccount>();
        for (var o : OFFICERS) {
            list.add(new NewAccount(
                    o[0], o[1], DemoSettings.DEMO_PASSWORD, Role.DEPARTMENT_OFFICER, rootId, rootId, null, true));
        }
        try {
            accounts.create(list);
        } catch (RuntimeException e) {
            log.info("Demo: department officers already exist ({})", e.getMessage());
        }
        for (var o : OFFICERS) {
            desk.assign(o[0], Department.valueOf(o[2]));
        }
    }

    private void submissionsOfThisYear(
            int year,
            List<Division> towns,
            Map<String, Double> level,
            SplittableRandom random,
            long rootId,
            String rootPath,
            CurrentUser admin) {
        var sports = user("dept-sports", Role.DEPARTMENT_OFFICER, rootId, rootPath);
        var sportsLead = user("dept-sports-lead", Role.DEPARTMENT_OFFICER, rootId, rootPath);
        var ecology = user("dept-ecology", Role.DEPARTMENT_OFFICER, rootId, rootPath);
        var ecologyLead = user("dept-ecology-lead", Role.DEPARTMENT_OFFICER, rootId, rootPath);
        var education = user("dept-education", Role.DEPARTMENT_OFFICER, rootId, rootPath);
        var educationLead = user("dept-education-lead", Role.DEPARTMENT_OFFICER, rootId, rootPath);
        // 空气质量优良天数占比: through both levels, in this year's evaluation
        var air = desk.submit(form("HC01", year, towns, level, random), evidence("空气质量月报"), ecology);
        desk.approve(air.id(), ecologyLead);
        desk.approve(air.id(), admin);
        // 重度及以上污染天数: waiting for the department's second person
        desk.submit(form("HC02", year, towns, level, random), evidence("污染天数统计"), ecology);
        // 每千人口社会体育指导员人数: approved by the department, waiting for the district
        var instructors = desk.submit(form("HC13", year, towns, level, random), evidence("社会体育指导员名册"), sports);
        desk.approve(instructors.id(), sportsLead);
        // 学生体质监测优良率: returned by the department with a reason
        var fitness = desk.submit(form("HC16", year, towns, level, random), evidence("学生体质健康测试汇总"), education);
        desk.returnToDepartment(fitness.id(), "城厢街道的数值与体质测试汇总表不一致，请核对后重新提交", educationLead);
    }

    private NewSubmission form(
            String code, int year, List<Division> towns, Map<String, Double> level, SplittableRandom random) {
        var indicator = catalogue.current(code).orElseThrow();
        var values = new LinkedHashMap<String, String>();
        for (var town : towns) {
            values.put(
                    town.code(),
                    value(indicator, level.get(town.code()), 0.6, 1.2, random).toPlainString());
        }
        return new NewSubmission(code, year, values, "按统计口径汇总各镇街数据");
    }

    private static List<EvidenceFile> evidence(String title) {
        String pdf = "%PDF-1.4\n% " + title
                + "（演示佐证材料）\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return List.of(new EvidenceFile(title + ".pdf", "application/pdf", pdf.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A plausible value: below the target by a spread that shrinks with the town's level and, over the years, with
     * its pace; clamped to the indicator's range.
     */
    static BigDecimal value(Indicator indicator, double level, double pace, double progress, SplittableRandom random) {
        double target = indicator.target().doubleValue();
        double spread = indicator.min().signum() > 0 ? 0.03 : 0.2;
        double p = 0.45 * level + progress * (0.2 + 0.9 * pace) - 0.35 + random.nextDouble(-0.12, 0.12);
        double v;
        if (indicator.direction() == Direction.HIGHER) {
            v = target * (1 - spread * (1 - p));
        } else {
            double base = target == 0 ? 1 : target;
            v = base * (1 + spread * (1 - p) * 2);
        }
        double min = indicator.min().doubleValue();
        double max = indicator.max().doubleValue();
        v = Math.max(min, Math.min(max, v));
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private static CurrentUser user(String username, Role role, long rootId, String rootPath) {
        return new CurrentUser(
                username,
                username,
                role,
                rootId,
                new DataScope(rootId, rootPath, Optional.empty()),
                CurrentUser.Channel.SYSTEM);
    }
}
