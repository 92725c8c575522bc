package org.regionalhealth.dataspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.DemoLogin;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.dataspace.access.AccessRequests;
import org.regionalhealth.dataspace.access.RequestForm;
import org.regionalhealth.dataspace.catalogue.DataCatalogue;
import org.regionalhealth.dataspace.catalogue.FieldKind;
import org.regionalhealth.dataspace.privacy.KAnonymity;
import org.regionalhealth.dataspace.release.DataReleases;
import org.regionalhealth.dataspace.release.QueryForm;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** DataContracts, the use count, releases through the gate and the API's refusals, on the shared platform context. */
@PlatformIntegrationTest
class DataspaceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccessRequests requests;

    @Autowired
    DataReleases releases;

    @Autowired
    DataCatalogue catalogue;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService accountDetails;

    /** Runs a step with the demo account logged in on this thread (the writers audit who acted). */
    <T> T as(String username, java.util.function.Supplier<T> step) {
        DemoLogin.authenticate(accountDetails, username);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    CurrentUser user(String username, Role role) {
        var root = organizations.root();
        return new CurrentUser(
                username,
                role == Role.DATA_STEWARD ? "测试数据管理员" : "测试研究人员",
                role,
                root.id(),
                new DataScope(root.id(), root.path(), Optional.empty()),
                CurrentUser.Channel.SYSTEM);
    }

    CurrentUser researcher() {
        return user("researcher", Role.RESEARCHER);
    }

    CurrentUser steward() {
        return user("data-steward", Role.DATA_STEWARD);
    }

    /** A contract approved by the demo steward for the demo researcher on a product, with the fields given. */
    long contract(String productCode, String delivery, List<String> fields, int uses) {
        LocalDate today = LocalDate.now(clock);
        return contract(productCode, delivery, fields, uses, today.minusYears(3), today.minusDays(1));
    }

    /** As above, for the data period given. */
    long contract(String productCode, String delivery, List<String> fields, int uses, LocalDate from, LocalDate to) {
        var product = catalogue.productByCode(productCode).orElseThrow();
        long request = as(
                "researcher",
                () -> requests.submit(
                        new RequestForm(
                                product.id(),
                                "PUBLIC_HEALTH",
                                "集成测试：分镇街的慢病管理效果评价，仅限测试使用。",
                                fields,
                                from,
                                to,
                                "区疾病预防控制中心",
                                null,
                                delivery,
                                uses,
                                30),
                        researcher()));
        return as("data-steward", () -> requests.decide(request, true, "测试批准", steward()));
    }

    long releases() {
        return jdbc.sql("select count(*) from dataspace_release")
                .query(Long.class)
                .single();
    }

    @Test
    void theDemoCatalogueHas28DatasetsAnd83Products() {
        assertThat(catalogue.datasetCount()).isEqualTo(28);
        assertThat(catalogue.productCount()).isEqualTo(83);
        var api = ApiClient.as(port, "researcher").get("/api/dataspace/products?size=200");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("total").asLong()).isEqualTo(83);
    }

    @Test
    void anExpiredContractRefusesAndReleasesNothing() {
        long contract = contract("DP-004", "QUERY", List.of("AGE", "SEX", "TOWN", "SBP"), 5);
        var api = ApiClient.as(port, "researcher");
        assertThat(api.post("/api/dataspace/contracts/" + contract + "/query", "{\"dimensions\":[\"SEX\"]}")
                        .status())
                .isEqualTo(200);
        // the contract ran out a minute ago
        jdbc.sql("update dataspace_contract set expires_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now(clock).minusSeconds(60)), contract)
                .update();
        long before = releases();
        var refused = api.post("/api/dataspace/contracts/" + contract + "/query", "{\"dimensions\":[\"SEX\"]}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("DATASPACE_CONTRACT_EXPIRED");
        assertThat(refused.json().get("detail").asString()).contains("到期").contains("未发布任何数据");
        assertThat(releases()).isEqualTo(before);
        assertThat(jdbc.sql("select uses from dataspace_contract where id = ?")
                        .param(contract)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        var state = api.get("/api/dataspace/contracts/" + contract).json();
        assertThat(state.get("state").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void aRevokedContractRefuses() {
        long contract = contract("DP-004", "QUERY", List.of("AGE", "SEX", "SBP"), 5);
        var revoke = ApiClient.as(port, "data-steward")
                .post("/api/dataspace/contracts/" + contract + "/revoke", "{\"reason\":\"课题已终止\"}");
        assertThat(revoke.status()).isEqualTo(200);
        assertThat(revoke.json().get("state").asString()).isEqualTo("REVOKED");
        var refused = ApiClient.as(port, "researcher")
                .post("/api/dataspace/contracts/" + contract + "/query", "{\"dimensions\":[\"SEX\"]}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("DATASPACE_CONTRACT_REVOKED");
    }

    @Test
    void theUseCountHoldsUnderConcurrency() throws Exception {
        int uses = 5;
        long contract = contract("DP-004", "QUERY", List.of("SEX", "TOWN"), uses);
        int threads = 16;
        var pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        var answered = new AtomicInteger();
        var exhausted = new AtomicInteger();
        var other = new ArrayList<Throwable>();
        var tasks = new ArrayList<Callable<Void>>();
        for (int i = 0; i < threads; i++) {
            tasks.add(() -> {
                start.await();
                try {
                    as(
                            "researcher",
                            () -> releases.query(contract, new QueryForm(List.of("SEX"), null, false), researcher()));
                    answered.incrementAndGet();
                } catch (PlatformException e) {
                    if (e.code().equals("DATASPACE_CONTRACT_EXHAUSTED")) {
                        exhausted.incrementAndGet();
                    } else {
                        synchronized (other) {
                            other.add(e);
                        }
                    }
                }
                return null;
            });
        }
        var futures = tasks.stream().map(pool::submit).toList();
        start.countDown();
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(other).isEmpty();
        assertThat(answered.get()).isEqualTo(uses);
        assertThat(exhausted.get()).isEqualTo(threads - uses);
        assertThat(jdbc.sql("select uses from dataspace_contract where id = ?")
                        .param(contract)
                        .query(Integer.class)
                        .single())
                .isEqualTo(uses);
        assertThat(jdbc.sql("select count(*) from dataspace_release where contract_id = ? and outcome = 'RELEASED'")
                        .param(contract)
                        .query(Long.class)
                        .single())
                .isEqualTo(uses);
    }

    @Test
    void aFileReleaseIsDeidentifiedAndEveryGroupHoldsK() {
        long contract = contract("DP-005", "FILE", List.of("AGE", "SEX", "TOWN", "VISIT_DATE", "DIAGNOSIS", "SBP"), 2);
        var response = ApiClient.as(port, "researcher").post("/api/dataspace/contracts/" + contract + "/release", "");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        var lines = response.body().replace("\uFEFF", "").split("\r\n");
        var header = List.of(lines[0].split(","));
        assertThat(header).containsExactly("年龄", "性别", "镇街", "随访/就诊日期", "慢病诊断", "收缩压");
        var rows = new ArrayList<String[]>();
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(",", -1));
        }
        assertThat(rows).isNotEmpty();
        var groups = KAnonymity.groups(rows, new int[] {0, 1, 2, 3}, 5);
        assertThat(groups.smallest()).isGreaterThanOrEqualTo(5);
        // the age never leaves finer than a 5-year band, the visit date never finer than a month
        assertThat(rows).allSatisfy(r -> {
            assertThat(r[0]).matches("\\d+–\\d+岁|\\d+岁及以上|\\*");
            assertThat(r[3]).doesNotMatch("\\d{4}-\\d{2}-\\d{2}");
        });
        // only consenting residents
        long consenting = jdbc.sql(
                        """
                        select count(*) from dataspace_subject where consent = 'GRANTED'
                           and diagnosis in ('高血压', '高血压合并糖尿病') and visit_date between ? and ?""")
                .params(LocalDate.now(clock).minusYears(3), LocalDate.now(clock).minusDays(1))
                .query(Long.class)
                .single();
        assertThat((long) rows.size()).isLessThanOrEqualTo(consenting);
        var released = jdbc.sql("select outcome, smallest, k_value from dataspace_release where contract_id = ?")
                .param(contract)
                .query((rs, n) -> rs.getString(1) + "/" + (rs.getInt(2) >= rs.getInt(3)))
                .single();
        assertThat(released).isEqualTo("RELEASED/true");
    }

    @Test
    void aReleaseWhoseSmallestGroupIsBelowKIsRefusedInChineseAndNothingLeaves() {
        // a data period of one day on which only 1–4 consenting hypertensive residents were seen: no generalisation
        // can make a group of 5 out of them, so the gate refuses whatever Datafly does
        LocalDate day = jdbc.sql(
                        """
                        select visit_date from dataspace_subject where consent = 'GRANTED'
                           and diagnosis in ('高血压', '高血压合并糖尿病') and visit_date < ?
                         group by visit_date having count(*) between 1 and 4 order by visit_date desc limit 1""")
                .param(LocalDate.now(clock).minusDays(1))
                .query(LocalDate.class)
                .single();
        long contract = contract("DP-005", "FILE", List.of("AGE", "SEX", "TOWN", "DIAGNOSIS", "SBP"), 3, day, day);
        long released = jdbc.sql("select count(*) from dataspace_release where outcome = 'RELEASED'")
                .query(Long.class)
                .single();
        var refused = ApiClient.as(port, "researcher").post("/api/dataspace/contracts/" + contract + "/release", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).doesNotStartWith("text/csv");
        assertThat(refused.json().get("code").asString()).isEqualTo("DATASPACE_BELOW_K");
        assertThat(refused.json().get("detail").asString())
                .contains("k-匿名检查未通过")
                .contains("低于 k = 5")
                .contains("未发布任何数据");
        // the refusal is recorded, nothing was released and no use was counted
        assertThat(jdbc.sql("select outcome from dataspace_release where contract_id = ?")
                        .param(contract)
                        .query(String.class)
                        .list())
                .containsExactly("REFUSED");
        assertThat(jdbc.sql("select count(*) from dataspace_release where outcome = 'RELEASED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(released);
        assertThat(jdbc.sql("select uses from dataspace_contract where id = ?")
                        .param(contract)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aRequestWithoutPurposeIsRefusedFieldByFieldAndNothingIsStored() {
        var product = catalogue.productByCode("DP-005").orElseThrow();
        long before = jdbc.sql("select count(*) from dataspace_request")
                .query(Long.class)
                .single();
        var response = ApiClient.as(port, "researcher")
                .post(
                        "/api/dataspace/requests",
                        "{\"productId\":" + product.id()
                                + ",\"fields\":[\"ID_NUMBER\",\"AGE\"],\"periodFrom\":\"2025-01-01\","
                                + "\"periodTo\":\"2024-01-01\",\"delivery\":\"FILE\",\"uses\":0,\"days\":400}");
        assertThat(response.status()).isEqualTo(400);
        var json = response.json();
        assertThat(json.get("code").asString()).isEqualTo("DATASPACE_REQUEST_INVALID");
        assertThat(json.toString())
                .contains("请选择数据用途")
                .contains("身份证号是直接标识符")
                .contains("截止日期不能早于起始日期")
                .contains("请填写接收数据的单位")
                .contains("使用次数")
                .contains("有效期");
        assertThat(jdbc.sql("select count(*) from dataspace_request")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void onlyAStewardDecidesAndNeverTheirOwnRequest() {
        var product = catalogue.productByCode("DP-004").orElseThrow();
        LocalDate today = LocalDate.now(clock);
        var form = new RequestForm(
                product.id(),
                "HEALTH_POLICY",
                "测试：审批权限与职责分离的检查用例。",
                List.of("SEX"),
                today.minusYears(1),
                today.minusDays(1),
                "区卫生健康局",
                null,
                "QUERY",
                1,
                10);
        long id = as("researcher", () -> requests.submit(form, researcher()));
        assertThatThrownBy(() -> as("researcher", () -> requests.decide(id, true, null, researcher())))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("只有数据管理员");
        // a steward account that filed the request itself (by the database's rule as well)
        assertThatThrownBy(() -> jdbc.sql("update dataspace_request set decided_by = requester where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("dataspace_request");
        assertThatThrownBy(() -> as("data-steward", () -> requests.submit(form, steward())))
                .hasMessageContaining("只有数据使用方");
        var rejected = ApiClient.as(port, "data-steward")
                .post("/api/dataspace/requests/" + id + "/decision", "{\"approve\":false}");
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().get("detail").asString()).contains("驳回时请写明原因");
    }

    @Test
    void aCatalogueOnlyProductCannotBeRequested() {
        var product = catalogue.productByCode("DP-020").orElseThrow();
        assertThat(product.releasable()).isFalse();
        var response = ApiClient.as(port, "researcher")
                .post(
                        "/api/dataspace/requests",
                        "{\"productId\":" + product.id() + ",\"purpose\":\"PUBLIC_HEALTH\","
                                + "\"purposeDetail\":\"目录演示条目不应受理的申请测试\",\"fields\":[\""
                                + product.fields().get(0).name() + "\"],\"periodFrom\":\"2025-01-01\","
                                + "\"periodTo\":\"2025-06-30\",\"recipient\":\"测试单位\",\"delivery\":\""
                                + (product.delivery().name().equals("FILE") ? "FILE" : "QUERY")
                                + "\",\"uses\":1,\"days\":10}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().toString()).contains("目录演示条目");
    }

    @Test
    void otherRolesSeeNothingOfTheDataSpace() {
        assertThat(ApiClient.as(port, "doctor").get("/api/dataspace/products").status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "resident").get("/api/dataspace/datasets").status())
                .isEqualTo(403);
        assertThat(Arrays.stream(FieldKind.values()).filter(FieldKind::direct).count())
                .isEqualTo(4);
    }
}
