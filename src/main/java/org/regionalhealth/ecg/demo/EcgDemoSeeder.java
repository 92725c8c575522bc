package org.regionalhealth.ecg.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.regionalhealth.ecg.EcgProperties;
import org.regionalhealth.ecg.callback.CallBacks;
import org.regionalhealth.ecg.signal.AecgWriter;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.ecg.signal.SyntheticEcg;
import org.regionalhealth.ecg.signal.SyntheticEcg.Spec;
import org.regionalhealth.ecg.worklist.EcgRhythm;
import org.regionalhealth.ecg.worklist.EcgWorklist;
import org.regionalhealth.ecg.worklist.Patient;
import org.regionalhealth.ecg.worklist.ReportForm;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reading centre of the first medical community: two ECG physicians ({@code ecg-physician}, {@code
 * ecg-physician2}) at its first hospital seeing the community, a station account ({@code ecg-station}) at its first
 * station, and a day's queue of {@code rhp.ecg.demo-recordings} synthetic ECGs uploaded by up to six of its stations
 * over the eight hours before start — about one in eight a STEMI, one in six atrial fibrillation, the rest sinus
 * rhythm at 50–110 bpm; a third of the routine ones already reported, and one STEMI of {@code ecg-station} reported
 * as critical (the chest-pain centre alerted, {@code chest-pain} its duty doctor) and waiting for the station to
 * confirm the call-back. Everything goes through {@link EcgWorklist}.
 */
@Component
class EcgDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(EcgDemoSeeder.class);

    private final EcgWorklist worklist;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final EcgProperties properties;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CallBacks callBacks;

    EcgDemoSeeder(
            EcgWorklist worklist,
            Organizations organizations,
            AccountAdministration accounts,
            EcgProperties properties,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock,
            CallBacks callBacks) {
        this.callBacks = callBacks;
        this.worklist = worklist;
        this.organizations = organizations;
        this.accounts = accounts;
        this.properties = properties;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        if (jdbc.sql("select exists(select 1 from ecg_recording)")
                .query(Boolean.class)
                .single()) {
            return;
        }
        var root = organizations.root();
        var rootScope = new DataScope(root.id(), root.path(), Optional.empty());
        var mc = organizations
                .search(new UnitQuery(UnitType.MEDICAL_COMMUNITY, null, null, null), rootScope, 0, 1)
                .items();
        if (mc.isEmpty()) {
            return;
        }
        Unit community = mc.get(0);
        var mcScope = new DataScope(community.id(), community.path(), Optional.empty());
        var hospitals = organizations
                .search(new UnitQuery(UnitType.HOSPITAL, community.id(), null, null), mcScope, 0, 1)
                .items();
        var stations = organizations
                .search(new UnitQuery(UnitType.STATION, null, null, null), mcScope, 0, 6)
                .items();
        if (hospitals.isEmpty() || stations.isEmpty()) {
            return;
        }
        Unit hospital = hospitals.get(0);
        // the chest-pain centre that takes the first station's critical findings (its duty doctor's account)
        Unit centre =
                callBacks.centreFor(stations.get(0).id()).map(c -> c.unit()).orElse(hospital);
        var random = new SplittableRandom(settings.seed() ^ 0xEC6);
        transactions.executeWithoutResult(status -> {
            accounts.create(List.of(
                    account("ecg-physician", "心电诊断中心 陈医生", Role.ECG_PHYSICIAN, hospital.id(), community.id()),
                    account("ecg-physician2", "心电诊断中心 李医生", Role.ECG_PHYSICIAN, hospital.id(), community.id()),
                    account(
                            "ecg-station",
                            stations.get(0).name() + "医生",
                            Role.STATION_DOCTOR,
                            stations.get(0).id(),
                            stations.get(0).id()),
                    account(
                            "chest-pain",
                            centre.name() + "胸痛中心 值班医生",
                            Role.HOSPITAL_DOCTOR,
                            centre.id(),
                            centre.id())));
            var reader = new CurrentUser(
                    "ecg-physician2",
                    "心电诊断中心 李医生",
                    Role.ECG_PHYSICIAN,
                    hospital.id(),
                    mcScope,
                    CurrentUser.Channel.SYSTEM);
            Instant now = Instant.now(clock);
            int n = properties.demoRecordings();
            int written = 0;
            for (int i = 0; i < n; i++) {
                Unit station = stations.get(i % stations.size());
                var sender = new CurrentUser(
                        i % stations.size() == 0 ? "ecg-station" : "demo",
                        station.name() + "医生",
                        Role.STATION_DOCTOR,
                        station.id(),
                        new DataScope(station.id(), station.path(), Optional.empty()),
                        CurrentUser.Channel.SYSTEM);
                var patients = adults(sender);
                if (patients.isEmpty()) {
                    continue;
                }
                Patient patient = patients.get(random.nextInt(patients.size()));
                // the critical call-back waiting at ecg-station: the first ECG, a STEMI
                boolean pendingCallback = i == 0;
                Spec spec = spec(i, random, patient.sex());
                Instant uploadedAt = pendingCallback
                        ? now.minus(Duration.ofMinutes(38))
                        : now.minus(Duration.ofMinutes(10 + random.nextInt(8 * 60)));
                var record = SyntheticEcg.generate(spec);
                String xml = AecgWriter.write(
                        record.signal(),
                        new AecgWriter.Header(
                                UUID.nameUUIDFromBytes(("demo-ecg-" + i).getBytes(StandardCharsets.UTF_8))
                                        .toString(),
                                patient.idNumber(),
                                patient.sex() == Sex.MALE ? "M" : "F",
                                patient.birthDate(),
                                LocalDateTime.ofInstant(uploadedAt.minusSeconds(120), clock.getZone()),
                                "迈瑞 BeneHeart R12"));
                var recording = worklist.upload(xml.getBytes(StandardCharsets.UTF_8), patient, sender, uploadedAt);
                written++;
                if (pendingCallback) {
                    worklist.claim(recording.id(), reader);
                    worklist.report(
                            recording.id(),
                            new ReportForm(
                                    EcgRhythm.SINUS.name(),
                                    String.valueOf(recording.heartRate()),
                                    "160",
                                    String.valueOf(recording.qrsMs()),
                                    "380",
                                    "窦性心律；II、III、aVF 导联 ST 段抬高，aVL 导联 ST 段压低：急性下壁ST段抬高型心肌梗死，建议立即转诊胸痛中心",
                                    true,
                                    "STEMI"),
                            reader);
                } else if (!recording.stemiSuspected() && !recording.afSuspected() && i % 3 == 0) {
                    worklist.claim(recording.id(), reader);
                    int rate = recording.heartRate();
                    worklist.report(
                            recording.id(),
                            new ReportForm(
                                    (rate > 100
                                                    ? EcgRhythm.SINUS_TACHYCARDIA
                                                    : rate < 60 ? EcgRhythm.SINUS_BRADYCARDIA : EcgRhythm.SINUS)
                                            .name(),
                                    String.valueOf(rate),
                                    "150",
                                    String.valueOf(recording.qrsMs()),
                                    "390",
                                    rate > 100 ? "窦性心动过速" : rate < 60 ? "窦性心动过缓" : "窦性心律；正常心电图",
                                    false,
                                    null),
                            reader);
                }
            }
            log.info("Demo ECG network: {} ECGs from {} stations of {}", written, stations.size(), community.name());
        });
    }

    private static Spec spec(int i, SplittableRandom random, Sex sex) {
        if (i == 0) {
            return Spec.sinus(88, 5000 + i).withSt(Map.of(Lead.II, 0.28));
        }
        if (i % 8 == 4) {
            // anterior STEMI
            double st = sex == Sex.FEMALE ? 0.22 : 0.3;
            return Spec.sinus(random.nextDouble(75, 105), 5000 + i)
                    .withSt(Map.of(Lead.V2, st, Lead.V3, st, Lead.V4, 0.2));
        }
        if (i % 6 == 1) {
            return Spec.atrialFibrillation(random.nextDouble(70, 130), 5000 + i);
        }
        return Spec.sinus(random.nextDouble(50, 110), 5000 + i)
                .withNoise(random.nextDouble(0.01, 0.04), random.nextDouble(0, 0.1));
    }

    /**
     * Residents of the station aged 35 or more. Read from the resident index's table as the other demo seeders do: at
     * seeding nobody is logged in, and {@code ResidentIndex} audits every search against the logged-in user.
     */
    private List<Patient> adults(CurrentUser station) {
        return jdbc.sql(
                        """
                        select id, id_number, sex, birth_date, unit_path from residents_resident
                        where unit_path like ? and birth_date <= ? order by id limit 40""")
                .params(station.scope().likePattern(), LocalDate.now(clock).minusYears(35))
                .query((rs, n) -> new Patient(
                        rs.getLong(1),
                        rs.getString(2),
                        "1".equals(rs.getString(3)) ? Sex.MALE : Sex.FEMALE,
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
    }

    private static NewAccount account(String username, String name, Role role, long unit, long scope) {
        return new NewAccount(username, name, DemoSettings.DEMO_PASSWORD, role, unit, scope, null, true);
    }
}
