package org.regionalhealth.demo.district;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.regionalhealth.demo.DemoProperties;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.ResidentBulkLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo district once, in one transaction (all or nothing), and logs its progress:
 * the skeleton every module's demo data stand on (units and staff through {@code org}, residents through
 * {@code residents}, the demo accounts through {@code platform}). {@link org.regionalhealth.demo.DemoSeeding} runs it
 * before any module's {@link org.regionalhealth.platform.DemoSeeder} (docs/adr/0011-platform-conventions.md), before
 * the application reports ready, so the pages show real figures from the first request.
 */
@Component
@ConditionalOnProperty(name = "rhp.demo.enabled", havingValue = "true")
public class DemoDistrictGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoDistrictGenerator.class);

    private final Organizations organizations;
    private final ResidentBulkLoad residents;
    private final AccountAdministration accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDistrictGenerator(
            Organizations organizations,
            ResidentBulkLoad residents,
            AccountAdministration accounts,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.organizations = organizations;
        this.residents = residents;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Generates the district unless it is there (or the database holds real accounts). */
    public void generate(DemoSettings settings) {
        boolean done = jdbc.sql("select exists(select 1 from demo_run)")
                .query(Boolean.class)
                .single();
        if (done) {
            log.info("Demo district already generated; nothing to do");
            return;
        }
        if (accounts.anyAccount()) {
            log.warn("Database holds accounts but no demo run: not generating demo data into a real database");
            return;
        }
        transactions.executeWithoutResult(status -> generateNow(settings));
    }

    private void generateNow(DemoSettings settings) {
        var started = Instant.now(clock);
        var scale = settings.fullScale() ? DemoProperties.Scale.FULL : DemoProperties.Scale.SMALL;
        var random = new SplittableRandom(settings.seed());
        int count = settings.residents();
        log.info("Generating the demo district ({} scale, {} residents, seed {})", scale, count, settings.seed());
        var district = new DemoOrganisation(organizations, random.split()).build();
        log.info("Demo district: {} units registered", organizations.summary());
        var population = new DemoPopulation(random.split(), district, count, LocalDate.now(clock));
        long step = Math.max(count / 20, 10_000);
        long loaded = residents.load(population, written -> {
            if (written % step == 0 || written == count) {
                log.info("Demo residents: {} / {} ({}%)", written, count, written * 100 / count);
            }
        });
        createAccounts(district, population);
        jdbc.sql("insert into demo_run (scale, seed, residents, started_at) values (?, ?, ?, ?)")
                .params(scale.name(), settings.seed(), loaded, java.sql.Timestamp.from(started))
                .update();
        log.info(
                "Demo district ready: {} residents in {} s",
                loaded,
                java.time.Duration.between(started, Instant.now(clock)).toSeconds());
    }

    private void createAccounts(DemoDistrict district, DemoPopulation population) {
        long pharmacistMc = district.medicalCommunityIds().get(0);
        long hospital = district.hospitalIds().get(0);
        var station = district.stations().get(0);
        long school = district.schoolIds().get(0);
        long ownRecord = firstResidentOf(population, station.unitId());
        var list = new ArrayList<NewAccount>(List.of(
                account("admin", "区卫健局管理员", Role.DISTRICT_ADMIN, district.rootId(), district.rootId(), null),
                account("pharmacist", "医共体审方药师", Role.MC_PHARMACIST, pharmacistMc, pharmacistMc, null),
                // issue 4: escalated prescriptions go to a senior pharmacist (profile seeded by reviewcenter)
                account("senior-pharmacist", "医共体主任药师", Role.MC_PHARMACIST, pharmacistMc, pharmacistMc, null),
                account("doctor", "区一院医生", Role.HOSPITAL_DOCTOR, hospital, hospital, null),
                account("village-doctor", "村医", Role.STATION_DOCTOR, station.unitId(), station.unitId(), null),
                // CDC officers watch the whole district (docs/adr/0005)
                account("cdc", "区疾控中心", Role.CDC_OFFICER, district.cdcId(), district.rootId(), null),
                account("school-nurse", "学校卫生老师", Role.SCHOOL_NURSE, school, school, null),
                account("resident", "居民", Role.RESIDENT, station.unitId(), station.unitId(), ownRecord),
                account("his", "HIS 接口", Role.SERVICE, hospital, hospital, null)));
        accounts.create(list);
    }

    private long firstResidentOf(DemoPopulation population, long stationId) {
        var idNumber = population
                .firstOf(stationId)
                .orElseThrow(() -> new IllegalStateException("no demo resident at station " + stationId));
        return residents.idOf(idNumber).orElseThrow();
    }

    private static NewAccount account(String username, String name, Role role, long unit, long scope, Long resident) {
        return new NewAccount(username, name, DemoSettings.DEMO_PASSWORD, role, unit, scope, resident, true);
    }
}
