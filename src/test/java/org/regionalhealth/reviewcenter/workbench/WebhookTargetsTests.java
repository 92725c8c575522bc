package org.regionalhealth.reviewcenter.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookTargetsTests {

    /** A resolver that answers from a table, as a DNS server under test would. */
    private static WebhookTargets.Resolver dns(Map<String, String> table) {
        return host -> {
            String answer = table.get(host);
            if (answer == null) {
                try {
                    return new InetAddress[] {InetAddress.getByName(host)}; // literals only
                } catch (UnknownHostException e) {
                    throw e;
                }
            }
            String[] addresses = answer.split(",");
            InetAddress[] result = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                result[i] = InetAddress.getByName(addresses[i]);
            }
            return result;
        };
    }

    private final WebhookTargets strict = new WebhookTargets(
            true,
            List.of(),
            dns(Map.of(
                    "his.example.cn", "203.119.1.10",
                    "rebind.example.cn", "203.119.1.10,127.0.0.1",
                    "v6.example.cn", "240e::1",
                    "inside.example.cn", "10.1.2.3")));

    @Test
    void httpsToAPublicAddressIsAccepted() {
        assertThat(strict.refusal("https://his.example.cn/review-events")).isNull();
        assertThat(strict.refusal("https://v6.example.cn:8443/hook")).isNull();
        assertThat(strict.refusal("https://[2400:3200::1]/hook")).isNull();
    }

    @Test
    void plainHttpAndOtherSchemesAreRefused() {
        assertThat(strict.refusal("http://his.example.cn/review-events")).contains("https");
        assertThat(strict.refusal("ftp://his.example.cn/x")).isNotNull();
        assertThat(strict.refusal("file:///etc/passwd")).isNotNull();
        assertThat(strict.refusal("https://user:pw@his.example.cn/x")).contains("用户名");
        assertThat(strict.refusal("https:///nohost")).isNotNull();
        assertThat(strict.refusal("not a url")).isNotNull();
    }

    @Test
    void everyInwardAddressClassIsRefused() {
        for (String address : List.of(
                "127.0.0.1",
                "127.1.2.3",
                "0.0.0.0",
                "10.0.0.1",
                "172.16.5.4",
                "172.31.255.255",
                "192.168.0.1",
                "169.254.169.254",
                "100.64.0.1",
                "100.127.255.254",
                "192.0.0.8",
                "198.18.0.1",
                "224.0.0.1",
                "255.255.255.255",
                "[::1]",
                "[::]",
                "[fe80::1]",
                "[fd12:3456::1]",
                "[fc00::1]",
                "[ff02::1]",
                "[::ffff:127.0.0.1]",
                "[::ffff:10.0.0.1]",
                "[64:ff9b::a00:1]",
                "[2002:7f00:1::]",
                "[2001:db8::1]")) {
            assertThat(strict.refusal("https://" + address + "/hook"))
                    .as(address)
                    .contains("公网");
        }
        // just outside the private and CGNAT blocks: public
        assertThat(strict.refusal("https://172.32.0.1/hook")).isNull();
        assertThat(strict.refusal("https://100.128.0.1/hook")).isNull();
        assertThat(strict.refusal("https://11.0.0.1/hook")).isNull();
    }

    @Test
    void aNameWithAnyInwardAddressIsRefused() {
        assertThat(strict.refusal("https://rebind.example.cn/hook")).contains("公网");
        assertThat(strict.refusal("https://inside.example.cn/hook")).contains("公网");
        assertThat(strict.refusal("https://unknown.invalid/hook")).contains("无法解析");
    }

    @Test
    void theAllowListAdmitsNamedHostsAddressesAndBlocks() {
        var hospital = new WebhookTargets(
                true,
                List.of("10.1.0.0/16", "his.hospital.local", "fd00::7"),
                dns(Map.of("inside.example.cn", "10.1.2.3", "other.example.cn", "10.2.0.1")));
        assertThat(hospital.refusal("https://inside.example.cn/hook")).isNull();
        assertThat(hospital.refusal("https://10.1.255.1/hook")).isNull();
        assertThat(hospital.refusal("https://his.hospital.local/hook")).isNull();
        assertThat(hospital.refusal("https://[fd00::7]/hook")).isNull();
        assertThat(hospital.refusal("https://[fd00::8]/hook")).isNotNull();
        assertThat(hospital.refusal("https://other.example.cn/hook")).isNotNull();
        assertThat(hospital.refusal("https://127.0.0.1/hook")).isNotNull();
        assertThat(hospital.refusal("http://inside.example.cn/hook")).contains("https");
    }

    @Test
    void plainHttpOnlyWhenSwitchedOff() {
        var lenient = new WebhookTargets(false, List.of("127.0.0.1"), dns(Map.of()));
        assertThat(lenient.refusal("http://127.0.0.1:8080/hook")).isNull();
        assertThat(lenient.refusal("http://127.0.0.2:8080/hook")).isNotNull();
        assertThat(lenient.refusal("ftp://127.0.0.1/hook")).isNotNull();
    }
}
