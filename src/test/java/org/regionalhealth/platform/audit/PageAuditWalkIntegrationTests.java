package org.regionalhealth.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 "Done means", the page half of the audit walk: every page of the navigation (the {@link NavigationItem}
 * beans), opened by every demo role that sees the link, either writes an audit row for that user (it shows personal
 * data) or is listed in {@link #NO_PERSONAL_DATA} with the reason it shows none. A page added later that neither
 * audits nor is listed fails {@link #everyNavigationPageThatShowsPersonalDataAuditsItsReaderForEveryRole}.
 */
@PlatformIntegrationTest
class PageAuditWalkIntegrationTests {

    /**
     * Pages (or {@code page role}, for one role only) that show no personal data, with the reason. Anything else that
     * answers without an audit row is a finding.
     */
    static final Map<String, String> NO_PERSONAL_DATA = new LinkedHashMap<>();

    static {
        NO_PERSONAL_DATA.put(
                "/", "staff home: counts of the scope and to-do counts, no person (the resident's home is audited)");
        NO_PERSONAL_DATA.put("/account", "the reader's own account: user name, role, tokens; no resident's record");
        NO_PERSONAL_DATA.put("/aed", "public AED map: devices and places");
        NO_PERSONAL_DATA.put(
                "/appointments", "booking page: departments and free slots (own bookings: /appointments/mine)");
        NO_PERSONAL_DATA.put(
                "/appointments/mine",
                "the resident's own bookings shown to the resident (PIPL art. 45 access right); no one else's data");
        NO_PERSONAL_DATA.put("/weight", "the resident's own food and exercise diary shown to the resident");
        NO_PERSONAL_DATA.put("/appointments/dashboard", "booking statistics per department (its Excel is audited)");
        NO_PERSONAL_DATA.put("/appointments/schedule", "doctors' sessions and slot counts: staff, not residents");
        NO_PERSONAL_DATA.put("/audit", "the audit trail: staff accounts and record ids, no resident fields");
        NO_PERSONAL_DATA.put("/childcare/district", "places per 1,000 children by town: statistics");
        NO_PERSONAL_DATA.put("/childcare/institutions", "registry of childcare institutions: organisations");
        NO_PERSONAL_DATA.put(
                "/childcare/payments", "payment batches: totals; the beneficiary list is an audited export");
        NO_PERSONAL_DATA.put("/drugs", "drug knowledge base");
        NO_PERSONAL_DATA.put("/drugs/import", "drug catalogue import");
        NO_PERSONAL_DATA.put("/drugs/sources", "sources of the drug knowledge base");
        NO_PERSONAL_DATA.put(
                "/familydoctor/indicators", "indicator rates; the patient drill-down is audited (DrillDown)");
        NO_PERSONAL_DATA.put("/org/units", "organisation tree");
        NO_PERSONAL_DATA.put(
                "/prescription-review/posthoc", "post-hoc samples per institution and month: counts and rates");
        NO_PERSONAL_DATA.put("/prescription-review/replay", "rule replays: counts per tier and rule");
        NO_PERSONAL_DATA.put(
                "/prescription-review/returned", "returned prescriptions: number, institution, reasons; no patient");
        NO_PERSONAL_DATA.put("/prescription-review/supervision", "rationality indicators per institution");
        NO_PERSONAL_DATA.put(
                "/prescription-review/workbench",
                "review queue: prescription number, institution, setting, risk tier; the patient is on the task page");
        NO_PERSONAL_DATA.put("/prescriptions/new", "an empty prescription form");
        NO_PERSONAL_DATA.put(
                "/residents", "the search form; its results (?q=) are audited (AuditWalkIntegrationTests)");
        NO_PERSONAL_DATA.put("/surveillance/channels", "CSV upload forms and category codes");
        NO_PERSONAL_DATA.put("/surveillance/detect", "analyst tool over count series");
        NO_PERSONAL_DATA.put("/surveillance/kpi", "surveillance indicators");
        NO_PERSONAL_DATA.put(
                "/surveillance/school-check", "class counts (enrolled, present, ill) typed by the school; no pupil");
        NO_PERSONAL_DATA.put("/surveillance/signals", "signals: counts by place and day");
        NO_PERSONAL_DATA.put("/swagger-ui/index.html", "the API description");
        NO_PERSONAL_DATA.put("/vaccination/clinic", "vaccine stock, lots and cold chain");
        NO_PERSONAL_DATA.put("/vaccination/district", "coverage rates");
        NO_PERSONAL_DATA.put(
                "/vaccination/entry-check DISTRICT_ADMIN",
                "district view: towns and schools until one is picked (a school's children are audited as for nurses)");
        NO_PERSONAL_DATA.put("/vaccination/entry-check CDC_OFFICER", "as for the district administrator");
        NO_PERSONAL_DATA.put("/weight/district", "weight-management statistics");
        NO_PERSONAL_DATA.put(
                "/populationscreening", "programme dashboard: invitation, screening and diagnosis figures by town");
        NO_PERSONAL_DATA.put(
                "/weight/clinic/challenges",
                "challenges a station organised; standings (?show=) read names through the resident index, audited there");
        NO_PERSONAL_DATA.put(
                "/consultation", "the resident's own visits and follow-ups shown to the resident (PIPL art. 45)");
        NO_PERSONAL_DATA.put("/emergency/coverage", "ambulance coverage by town and village: statistics");
        NO_PERSONAL_DATA.put(
                "/emergency/aeds", "AED registry: devices, places and their owners' organisations; no resident");
        NO_PERSONAL_DATA.put("/healthcity", "health-city scores by town: statistics");
        NO_PERSONAL_DATA.put("/healthcity/indicators", "the indicator catalogue");
        NO_PERSONAL_DATA.put(
                "/healthcity/submissions", "department submissions: town values and the staff who submitted them");
        NO_PERSONAL_DATA.put("/dataspace", "the data-space catalogue: datasets and products with synthetic samples");
        NO_PERSONAL_DATA.put(
                "/dataspace/requests",
                "access requests: product, purpose, fields and the requesting staff; no resident");
        NO_PERSONAL_DATA.put("/dataspace/usage", "usage statistics per product: counts");
    }

    /**
     * Pages that list people only when there are some, and audit them then: when such a page writes no audit row
     * it must show its empty state (this text), i.e. nobody was listed.
     */
    static final Map<String, String> PERSONAL_WHEN_LISTED = Map.of(
            "/eldercare/assessments", "还没有评估记录",
            "/vaccination/station", "今天还没有预约或登记",
            "/populationscreening/worklist", "没有逾期的阳性居民",
            "/consultation/queue", "暂无待接诊的复诊申请",
            "/eldercare/home-beds", "今明两天没有应查床的家庭病床",
            "/eldercare/hospice", "该范围内没有在院患者",
            "/eldercare/care", "没有进行中的照护计划",
            "/populationscreening/school", "本校还没有录入筛查结果",
            "/populationscreening/child-health", "目前没有处于检查窗口内的儿童");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<NavigationItem> navigation;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyNavigationPageThatShowsPersonalDataAuditsItsReaderForEveryRole() throws Exception {
        Map<Role, String> demoUsers = demoUserPerRole();
        assertThat(demoUsers).containsKeys(Role.DISTRICT_ADMIN, Role.STATION_DOCTOR, Role.RESIDENT, Role.CDC_OFFICER);
        List<String> unaudited = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Map<String, String> walked = new TreeMap<>();
        for (NavigationItem item : navigation) {
            for (var user : demoUsers.entrySet()) {
                if (!item.visibleTo(user.getKey()) || user.getKey() == Role.SERVICE) {
                    continue;
                }
                String page = item.href();
                long before = lastAuditId();
                var response = open(user.getValue(), page);
                String walk = page + " " + user.getKey();
                if (response.statusCode() != 200) {
                    failed.add(walk + " → " + response.statusCode());
                    continue;
                }
                long rows = jdbc.sql(
                                """
                                select count(*) from platform_audit_event
                                 where id > ? and username = ? and action in ('READ', 'SEARCH', 'EXPORT')""")
                        .params(before, user.getValue())
                        .query(Long.class)
                        .single();
                walked.put(walk, rows > 0 ? "audited" : "no audit");
                boolean listedNobody = PERSONAL_WHEN_LISTED.containsKey(page)
                        && response.body().contains(PERSONAL_WHEN_LISTED.get(page));
                if (rows == 0
                        && !listedNobody
                        && !NO_PERSONAL_DATA.containsKey(page)
                        && !NO_PERSONAL_DATA.containsKey(walk)) {
                    unaudited.add(walk);
                }
            }
        }
        System.out.println("PAGE AUDIT WALK " + walked);
        assertThat(failed)
                .as("navigation pages that do not open for a role that sees the link")
                .isEmpty();
        assertThat(walked).hasSizeGreaterThan(40);
        assertThat(unaudited)
                .as("pages that answered without an audit row and are not listed as showing no personal data")
                .isEmpty();
    }

    @Test
    void everyPageListedAsShowingNoPersonalDataIsStillInTheNavigation() {
        var hrefs = navigation.stream().map(NavigationItem::href).toList();
        var listed = new java.util.ArrayList<>(NO_PERSONAL_DATA.keySet());
        listed.addAll(PERSONAL_WHEN_LISTED.keySet());
        for (String entry : listed) {
            assertThat(hrefs).as("stale entry " + entry).contains(entry.split(" ")[0]);
        }
    }

    private Map<Role, String> demoUserPerRole() {
        Map<Role, String> users = new TreeMap<>();
        jdbc.sql("select role, min(username) from platform_account where demo and enabled group by role")
                .query((rs, n) -> Map.entry(Role.valueOf(rs.getString(1)), rs.getString(2)))
                .list()
                .forEach(e -> users.put(e.getKey(), e.getValue()));
        // the published demo accounts where a role has several
        Map<Role, String> published = Map.of(
                Role.DISTRICT_ADMIN, "admin",
                Role.MC_PHARMACIST, "pharmacist",
                Role.HOSPITAL_DOCTOR, "doctor",
                Role.STATION_DOCTOR, "village-doctor",
                Role.CDC_OFFICER, "cdc",
                Role.SCHOOL_NURSE, "school-nurse",
                Role.RESIDENT, "resident");
        published.forEach((role, name) -> {
            if (users.containsKey(role)) {
                users.put(role, name);
            }
        });
        return users;
    }

    private HttpResponse<String> open(String username, String path) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((username + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Basic " + basic)
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from platform_audit_event")
                .query(Long.class)
                .single();
    }
}
