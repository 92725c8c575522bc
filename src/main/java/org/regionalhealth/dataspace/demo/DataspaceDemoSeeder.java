package org.regionalhealth.dataspace.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.regionalhealth.dataspace.DataspaceProperties;
import org.regionalhealth.dataspace.access.AccessRequests;
import org.regionalhealth.dataspace.access.RequestForm;
import org.regionalhealth.dataspace.catalogue.DataCatalogue;
import org.regionalhealth.dataspace.release.DataReleases;
import org.regionalhealth.dataspace.release.QueryForm;
import org.regionalhealth.dataspace.source.Consent;
import org.regionalhealth.dataspace.source.Subject;
import org.regionalhealth.dataspace.source.SubjectSource;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoAccounts;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data space's demo: the catalogue of 28 datasets and 83 products ({@link DemoCatalogue}), {@code
 * rhp.dataspace.demo-subjects} synthetic person-level rows in the district's towns (the source of the releasable
 * products), the accounts {@code data-steward} and {@code researcher}, one approved contract with one query answered
 * and one request waiting for the steward — all through the module's own writers. Idempotent.
 */
@Component
class DataspaceDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DataspaceDemoSeeder.class);

    static final String STEWARD = "data-steward";
    static final String RESEARCHER = "researcher";

    private static final String[] SURNAMES = {
        "王", "李", "张", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "沈", "俞", "施", "傅"
    };
    private static final String[] GIVEN = {
        "建国", "秀英", "国强", "美娟", "志刚", "丽华", "伟", "芳", "海燕", "明", "红梅", "立新", "桂英", "建华", "敏"
    };
    private static final String[] STREETS = {"人民路", "市心路", "金城路", "育才路", "通惠路", "萧然路", "湘湖路", "工人路", "新街", "北塘路"};

    private final DataCatalogue catalogue;
    private final SubjectSource source;
    private final AccessRequests requests;
    private final DataReleases releases;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final DataspaceProperties properties;
    private final TransactionTemplate tx;
    private final DemoAccounts demoAccounts;
    private final Clock clock;

    DataspaceDemoSeeder(
            DataCatalogue catalogue,
            SubjectSource source,
            AccessRequests requests,
            DataReleases releases,
            Organizations organizations,
            AccountAdministration accounts,
            DataspaceProperties properties,
            TransactionTemplate tx,
            DemoAccounts demoAccounts,
            Clock clock) {
        this.catalogue = catalogue;
        this.source = source;
        this.requests = requests;
        this.releases = releases;
        this.organizations = organizations;
        this.accounts = accounts;
        this.properties = properties;
        this.tx = tx;
        this.demoAccounts = demoAccounts;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        if (catalogue.datasetCount() > 0) {
            return;
        }
        long started = System.nanoTime();
        var towns = organizations.towns();
        if (towns.isEmpty()) {
            return;
        }
        var root = organizations.root();
        tx.executeWithoutResult(status -> {
            DemoCatalogue.datasets().forEach(catalogue::register);
            source.write(subjects(towns, new SplittableRandom(settings.seed() ^ 0x23B_DA7AL)));
            accounts.create(List.of(
                    new NewAccount(
                            STEWARD,
                            "区卫生健康信息中心数据管理员",
                            DemoSettings.DEMO_PASSWORD,
                            Role.DATA_STEWARD,
                            root.id(),
                            root.id(),
                            null,
                            true),
                    new NewAccount(
                            RESEARCHER,
                            "慢病防治课题组研究人员",
                            DemoSettings.DEMO_PASSWORD,
                            Role.RESEARCHER,
                            root.id(),
                            root.id(),
                            null,
                            true)));
        });
        var scope = new DataScope(root.id(), root.path(), Optional.empty());
        var researcher = new CurrentUser(
                RESEARCHER, "慢病防治课题组研究人员", Role.RESEARCHER, root.id(), scope, CurrentUser.Channel.SYSTEM);
        var steward = new CurrentUser(
                STEWARD, "区卫生健康信息中心数据管理员", Role.DATA_STEWARD, root.id(), scope, CurrentUser.Channel.SYSTEM);
        LocalDate today = LocalDate.now(clock);
        var hypertension = catalogue.productByCode("DP-004").orElseThrow(); // 高血压随访·统计查询
        long approved = as(
                RESEARCHER,
                () -> requests.submit(
                        new RequestForm(
                                hypertension.id(),
                                "PUBLIC_HEALTH",
                                "分镇街、分年龄段评价高血压患者规范管理后的血压控制情况，用于年度慢病防治工作评估。",
                                hypertension.fields().stream().map(Enum::name).toList(),
                                today.minusYears(3),
                                today.minusDays(1),
                                "萧山区疾病预防控制中心慢病科",
                                null,
                                "QUERY",
                                20,
                                180),
                        researcher));
        long contract = as(STEWARD, () -> requests.decide(approved, true, "用途明确，仅限空间内汇总查询。", steward));
        as(RESEARCHER, () -> releases.query(contract, new QueryForm(List.of("TOWN"), "SBP", false), researcher));
        var diabetes = catalogue.productByCode("DP-008").orElseThrow(); // 糖尿病随访·去标识化明细
        as(
                RESEARCHER,
                () -> requests.submit(
                        new RequestForm(
                                diabetes.id(),
                                "SCIENTIFIC_RESEARCH",
                                "社区2型糖尿病患者糖化血红蛋白控制与体质指数关系的横断面研究。",
                                List.of("AGE", "SEX", "TOWN", "HBA1C", "BMI"),
                                today.minusYears(2),
                                today.minusDays(1),
                                "慢病防治课题组",
                                "萧卫伦审〔2026〕017号",
                                "FILE",
                                3,
                                90),
                        researcher));
        log.info(
                "Data-space demo: {} datasets, {} products, {} synthetic source rows in {} ms",
                catalogue.datasetCount(),
                catalogue.productCount(),
                source.count(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Runs a step as a demo account: the writers audit who acted, as for any user. */
    private <T> T as(String username, java.util.function.Supplier<T> step) {
        return demoAccounts
                .call(username, step)
                .orElseThrow(() -> new IllegalStateException("demo account missing: " + username));
    }

    private List<Subject> subjects(List<Division> towns, SplittableRandom random) {
        LocalDate today = LocalDate.now(clock);
        var list = new ArrayList<Subject>(properties.demoSubjects());
        for (int i = 0; i < properties.demoSubjects(); i++) {
            var town = towns.get(random.nextInt(towns.size()));
            // an adult population weighted to middle and old age, as in chronic-disease follow-up
            int age = 35 + (int) Math.min(59, Math.abs(random.nextGaussian() * 14 + 22));
            LocalDate visit = today.minusDays(1 + random.nextInt(3 * 365));
            LocalDate birth = visit.minusYears(age).minusDays(random.nextInt(365));
            char sex = random.nextBoolean() ? '1' : '2';
            double d = random.nextDouble();
            String diagnosis = d < 0.45 ? "高血压" : d < 0.65 ? "2型糖尿病" : d < 0.80 ? "高血压合并糖尿病" : "无";
            boolean hypertensive = diagnosis.startsWith("高血压");
            boolean diabetic = diagnosis.contains("糖尿病");
            int sbp = (int) Math.round((hypertensive ? 142 : 124) + age * 0.1 + random.nextGaussian() * 12);
            int dbp = (int) Math.round((hypertensive ? 88 : 78) + random.nextGaussian() * 8);
            double glucose = (diabetic ? 7.6 : 5.3) + random.nextGaussian() * (diabetic ? 1.4 : 0.5);
            double hba1c = (diabetic ? 7.3 : 5.5) + random.nextGaussian() * (diabetic ? 1.0 : 0.3);
            double bmi = 24.2 + random.nextGaussian() * 3.2;
            double c = random.nextDouble();
            var consent = c < 0.70 ? Consent.GRANTED : c < 0.95 ? Consent.NOT_ASKED : Consent.WITHDRAWN;
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            String address =
                    town.name() + "·" + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(400)) + "号";
            list.add(new Subject(
                    idNumber(birth, sex, i),
                    name,
                    "13" + String.format("%09d", random.nextInt(1_000_000_000)),
                    address,
                    birth,
                    sex,
                    town.code(),
                    town.name(),
                    visit,
                    diagnosis,
                    Math.max(90, Math.min(220, sbp)),
                    Math.max(50, Math.min(130, dbp)),
                    decimal(Math.max(3.5, Math.min(20, glucose))),
                    decimal(Math.max(4.0, Math.min(14, hba1c))),
                    decimal(Math.max(15, Math.min(45, bmi))),
                    consent));
        }
        return list;
    }

    /** A synthetic 18-character ID number with a valid GB 11643 check character (address code 330109, 萧山区). */
    static String idNumber(LocalDate birth, char sex, int sequence) {
        int order = (sequence % 499) * 2 + (sex == '1' ? 1 : 2);
        String body = "330109" + birth.toString().replace("-", "") + String.format("%03d", order % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
