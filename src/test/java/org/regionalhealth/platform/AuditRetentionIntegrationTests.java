package org.regionalhealth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformIntegrationTest
class AuditRetentionIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void auditRowsStayOnlineForTheRetentionPeriodAndNoLonger() throws Exception {
        String insert =
                """
                insert into platform_audit_event (at, username, role, unit_id, channel, action, record_type, record_ids, purpose)
                values (now() - make_interval(days => ?), 'retention-test', 'SYSTEM', 0, 'SYSTEM', 'READ', 'resident', '{}', ?)""";
        jdbc.sql(insert).params(399, "399 days").update();
        jdbc.sql(insert).params(401, "401 days").update();
        // the bean is a proxy (the nightly trigger holds a cluster-wide lock): call the job on the object behind it
        Object job = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(
                context.getBean(Class.forName("org.regionalhealth.platform.audit.AuditRetention")));
        var method = job.getClass().getDeclaredMethod("deleteExpired");
        method.setAccessible(true);
        method.invoke(job);
        assertThat(jdbc.sql("select purpose from platform_audit_event where username = 'retention-test'")
                        .query(String.class)
                        .list())
                .containsExactly("399 days");
    }

    @Test
    void aRetentionUnderSixMonthsIsRefused() {
        assertThatThrownBy(() -> new PlatformProperties.Security(5, 15, 20, 5, 90, 182))
                .hasMessageContaining("183");
        new PlatformProperties.Security(5, 15, 20, 5, 90, 183);
    }
}
