package org.regionalhealth.reviewcenter.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.Interaction;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.ScreeningProperties;
import org.regionalhealth.screening.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replay diff correctness: a candidate knowledge base without one interaction removes exactly that interaction's
 * alerts and nothing else; decisions are recorded once, by a district administrator only.
 */
@PlatformIntegrationTest
class ReplayIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DrugKnowledge knowledge;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActivatedTierChanges tierChanges;

    @Autowired
    ScreeningProperties properties;

    private final JsonMapper json = JsonMapper.builder().build();

    record Chosen(Interaction interaction, Generic a, Generic b, String file, String yaml) {}

    /** An oral drug–drug interaction that is the only entry between its two generics, and the file it is in. */
    private Chosen chooseInteraction() throws IOException {
        KnowledgeSnapshot kb = knowledge.snapshot();
        var files = new PathMatchingResourcePatternResolver().getResources("classpath*:drugs/kb/interactions/*.yaml");
        for (Interaction i : kb.interactions()) {
            if (i.a().drug() == null || i.b().drug() == null) {
                continue;
            }
            Generic a = kb.generic(i.a().drug()).orElseThrow();
            Generic b = kb.generic(i.b().drug()).orElseThrow();
            if (!oral(a) || !oral(b) || kb.interactionsBetween(a.id(), b.id()).size() != 1) {
                continue;
            }
            for (var f : files) {
                String text = f.getContentAsString(StandardCharsets.UTF_8);
                if (text.contains("- id: " + i.id() + "\n")) {
                    return new Chosen(i, a, b, "interactions/" + f.getFilename(), text);
                }
            }
        }
        throw new AssertionError("no suitable interaction in the knowledge base");
    }

    private static boolean oral(Generic g) {
        return !g.forms().isEmpty() && "口服".equals(g.forms().get(0).route()) && g.dose() != null;
    }

    /** The file's text without the entry of {@code id} (from its "- id:" line to the next entry). */
    static String without(String yaml, String id) {
        List<String> out = new ArrayList<>();
        boolean skipping = false;
        for (String line : yaml.split("\n", -1)) {
            if (line.startsWith("- id: ")) {
                skipping = line.equals("- id: " + id);
            }
            if (!skipping) {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    private JsonNode await(ApiClient admin, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode run = json.readTree(
                    admin.get("/api/prescription-review/replays/" + id).body());
            if (!run.at("/run/status").asString().equals("RUNNING")) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("replay did not finish");
    }

    @Test
    void aCandidateWithoutOneInteractionRemovesExactlyItsAlerts() throws Exception {
        Chosen c = chooseInteraction();
        ApiClient his = ApiClient.as(port, "his");
        long hospitalId = json.readTree(his.get("/api/org/units?type=HOSPITAL").body())
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        var hospital = organizations.find(hospitalId).orElseThrow();
        long doctor = organizations.staffOf(hospital.id()).stream()
                .filter(StaffMember::prescribingRight)
                .findFirst()
                .orElseThrow()
                .id();
        for (int n = 0; n < 2; n++) {
            String body =
                    """
                    {"institutionCode":"%s","prescriptionNumber":"RP-%d-%d","setting":"OUTPATIENT","issuedOn":"%s",
                     "prescriber":{"staffId":%d},"patient":{"birthDate":"1960-05-01","sex":"MALE","allergies":[]},
                     "diagnoses":[{"icd10":"I10","text":"高血压"}],
                     "lines":[{"drugName":"%s","route":"口服","dose":%s,"doseUnit":"%s","frequency":"%s","days":5},
                              {"drugName":"%s","route":"口服","dose":%s,"doseUnit":"%s","frequency":"%s","days":5}]}"""
                            .formatted(
                                    hospital.code(),
                                    System.nanoTime(),
                                    n,
                                    org.regionalhealth.reviewcenter.HisPrescriptions.today(),
                                    doctor,
                                    c.a().nameZh(),
                                    dose(c.a()),
                                    c.a().dose().unit(),
                                    frequency(c.a()),
                                    c.b().nameZh(),
                                    dose(c.b()),
                                    c.b().dose().unit(),
                                    frequency(c.b()));
            var created = his.post("/api/prescription-review/prescriptions", body);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.body()).contains("\"DDI\"");
        }
        // every prescription of the window with both drugs written on it carries this pair's one alert
        long expected = jdbc.sql(
                        """
                        select count(*) from prescriptionreview_prescription
                         where submitted_at >= now() - interval '1 day'
                           and request::text like ? and request::text like ?""")
                .params("%" + c.a().nameZh() + "%", "%" + c.b().nameZh() + "%")
                .query(Long.class)
                .single();
        assertThat(expected).isGreaterThanOrEqualTo(2);

        ApiClient admin = ApiClient.as(port, "admin");
        String candidate = without(c.yaml(), c.interaction().id());
        assertThat(candidate).doesNotContain("- id: " + c.interaction().id() + "\n");
        var started = admin.post(
                "/api/prescription-review/replays",
                json.writeValueAsString(Map.of(
                        "days",
                        1,
                        "kbFile",
                        c.file(),
                        "kbYaml",
                        candidate,
                        "note",
                        "remove " + c.interaction().id())));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = json.readTree(started.body()).get("id").asLong();
        JsonNode run = await(admin, id);
        assertThat(run.at("/run/status").asString()).isEqualTo("DONE");
        assertThat(run.at("/run/processed").asLong()).isGreaterThanOrEqualTo(expected);
        JsonNode rules = run.get("rules");
        assertThat(rules).as(rules.toString()).hasSize(1);
        assertThat(rules.get(0).get("ruleId").asString()).isEqualTo("DDI");
        assertThat(rules.get(0).get("added").asLong()).isZero();
        assertThat(rules.get(0).get("removed").asLong()).isEqualTo(expected);
        assertThat(rules.get(0).get("prescriptions").asLong()).isEqualTo(expected);
        // the live knowledge base is untouched
        assertThat(knowledge.snapshot().interactions()).contains(c.interaction());

        // declining is a recorded decision; a second one is refused; a pharmacist may not decide
        assertThat(ApiClient.as(port, "pharmacist")
                        .post(
                                "/api/prescription-review/replays/" + id + "/decision",
                                "{\"activate\":true,\"reason\":\"x\"}")
                        .status())
                .isEqualTo(403);
        var declined = admin.post(
                "/api/prescription-review/replays/" + id + "/decision", "{\"activate\":false,\"reason\":\"药事会未批准\"}");
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(json.readTree(declined.body()).get("decidedBy").asString()).isEqualTo("admin");
        assertThat(admin.post(
                                "/api/prescription-review/replays/" + id + "/decision",
                                "{\"activate\":true,\"reason\":\"again\"}")
                        .status())
                .isEqualTo(409);
        assertThat(knowledge.snapshot().interactions()).contains(c.interaction());
    }

    @Test
    void aPolicyCandidateIsActivatedByARecordedDecision() throws Exception {
        ApiClient admin = ApiClient.as(port, "admin");
        var started = admin.post(
                "/api/prescription-review/replays", "{\"days\":1,\"policy\":{\"T1\":\"PASS\"},\"note\":\"T1 提示不再显示\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = json.readTree(started.body()).get("id").asLong();
        JsonNode run = await(admin, id);
        assertThat(run.at("/run/status").asString()).isEqualTo("DONE");
        // mapping T1 to PASS can only remove alerts
        for (JsonNode rule : run.get("rules")) {
            assertThat(rule.get("added").asLong()).isZero();
        }
        var activated = admin.post(
                "/api/prescription-review/replays/" + id + "/decision",
                "{\"activate\":true,\"reason\":\"回放显示仅减少提示，药事会2026年第3次会议通过\"}");
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        assertThat(jdbc.sql("select decided_by || ' ' || decision from prescriptionreview_activation where run_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("admin ACTIVATED");
        // the activated mapping is live for every screening from now on, and stored with the decision
        assertThat(tierChanges.over(properties.actions())).containsEntry(Tier.T1, Action.PASS);
        assertThat(jdbc.sql("select tier_changes::text from prescriptionreview_activation where run_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("\"T1\"")
                .contains("\"PASS\"");

        // undoing it is another replayed, recorded activation (which also restores the shared test context)
        var undo = admin.post(
                "/api/prescription-review/replays",
                "{\"days\":1,\"policy\":{\"T1\":\"NOTICE\"},\"note\":\"恢复 T1 提示\"}");
        long undoId = json.readTree(undo.body()).get("id").asLong();
        assertThat(await(admin, undoId).at("/run/status").asString()).isEqualTo("DONE");
        assertThat(admin.post(
                                "/api/prescription-review/replays/" + undoId + "/decision",
                                "{\"activate\":true,\"reason\":\"恢复原分级\"}")
                        .status())
                .isEqualTo(200);
        assertThat(tierChanges.over(properties.actions())).containsEntry(Tier.T1, Action.NOTICE);

        // a broken candidate is refused before anything runs
        var broken = admin.post(
                "/api/prescription-review/replays",
                "{\"days\":1,\"kbFile\":\"interactions/high-priority.yaml\",\"kbYaml\":\"- id: [oops\"}");
        assertThat(broken.status()).isEqualTo(400);
        var traversal = admin.post(
                "/api/prescription-review/replays", "{\"days\":1,\"kbFile\":\"../etc/passwd\",\"kbYaml\":\"x: 1\"}");
        assertThat(traversal.status()).isEqualTo(400);
    }

    private static String dose(Generic g) {
        return String.valueOf(g.dose()
                .adultFor(g.forms().get(0).route())
                .map(r -> r.perDoseMin())
                .orElse(1.0));
    }

    private static String frequency(Generic g) {
        return g.dose()
                .adultFor(g.forms().get(0).route())
                .filter(r -> !r.frequencies().isEmpty())
                .map(r -> r.frequencies().get(0))
                .orElse("qd");
    }
}
