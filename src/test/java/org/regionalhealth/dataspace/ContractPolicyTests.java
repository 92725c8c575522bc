package org.regionalhealth.dataspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.dataspace.access.Contract;
import org.regionalhealth.dataspace.access.ContractPolicy;
import org.regionalhealth.dataspace.access.ContractState;
import org.regionalhealth.dataspace.access.Purpose;
import org.regionalhealth.dataspace.catalogue.Delivery;
import org.regionalhealth.dataspace.catalogue.FieldKind;
import org.regionalhealth.platform.PlatformException;

/** The contract check every access makes: expiry just before, at and after; revocation; uses; holder; delivery. */
class ContractPolicyTests {

    static final ZoneId ZONE = ZoneId.of("UTC");
    static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
    static final Instant EXPIRY = Instant.parse("2025-06-01T00:00:00Z");

    static Contract contract(int uses, Instant revoked) {
        return new Contract(
                1,
                1,
                1,
                "DP-004",
                "高血压随访·统计查询",
                "researcher",
                "data-steward",
                Purpose.PUBLIC_HEALTH,
                List.of(FieldKind.SEX, FieldKind.TOWN),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                "区疾控中心",
                Delivery.QUERY,
                5,
                3,
                uses,
                START,
                EXPIRY,
                "{}",
                revoked,
                revoked == null ? null : "data-steward",
                revoked == null ? null : "课题终止");
    }

    static String code(Runnable check) {
        try {
            check.run();
            return "OK";
        } catch (PlatformException e) {
            return e.code();
        }
    }

    @Test
    void anExpiredContractRefuses() {
        var c = contract(0, null);
        assertThat(code(() -> ContractPolicy.check(c, "researcher", Delivery.QUERY, EXPIRY.minusSeconds(1), ZONE)))
                .isEqualTo("OK");
        assertThat(code(() -> ContractPolicy.check(c, "researcher", Delivery.QUERY, EXPIRY, ZONE)))
                .isEqualTo("DATASPACE_CONTRACT_EXPIRED");
        assertThat(code(() -> ContractPolicy.check(c, "researcher", Delivery.QUERY, EXPIRY.plusSeconds(1), ZONE)))
                .isEqualTo("DATASPACE_CONTRACT_EXPIRED");
        assertThatThrownBy(() -> ContractPolicy.check(c, "researcher", Delivery.QUERY, EXPIRY, ZONE))
                .hasMessageContaining("2025-06-01 00:00 到期")
                .hasMessageContaining("未发布任何数据");
        assertThat(c.stateAt(EXPIRY)).isEqualTo(ContractState.EXPIRED);
        assertThat(c.stateAt(EXPIRY.minusSeconds(1))).isEqualTo(ContractState.ACTIVE);
    }

    @Test
    void theUseCountRefusesAtTheLimit() {
        Instant now = START.plusSeconds(3600);
        assertThatCode(() -> ContractPolicy.check(contract(2, null), "researcher", Delivery.QUERY, now, ZONE))
                .doesNotThrowAnyException();
        assertThat(code(() -> ContractPolicy.check(contract(3, null), "researcher", Delivery.QUERY, now, ZONE)))
                .isEqualTo("DATASPACE_CONTRACT_EXHAUSTED");
        assertThat(contract(3, null).stateAt(now)).isEqualTo(ContractState.EXHAUSTED);
    }

    @Test
    void revocationHolderDeliveryAndStartAreChecked() {
        Instant now = START.plusSeconds(3600);
        assertThat(code(() -> ContractPolicy.check(
                        contract(0, now.minusSeconds(5)), "researcher", Delivery.QUERY, now, ZONE)))
                .isEqualTo("DATASPACE_CONTRACT_REVOKED");
        assertThat(code(() -> ContractPolicy.check(contract(0, null), "someone-else", Delivery.QUERY, now, ZONE)))
                .isEqualTo("DATASPACE_NOT_HOLDER");
        assertThat(code(() -> ContractPolicy.check(contract(0, null), "researcher", Delivery.FILE, now, ZONE)))
                .isEqualTo("DATASPACE_DELIVERY");
        assertThat(code(() -> ContractPolicy.check(
                        contract(0, null), "researcher", Delivery.QUERY, START.minusSeconds(1), ZONE)))
                .isEqualTo("DATASPACE_CONTRACT_NOT_STARTED");
    }

    @Test
    void theAgreementIsOdrl() {
        String json = ContractPolicy.odrl(
                7,
                "DP-004",
                "researcher",
                Purpose.SCIENTIFIC_RESEARCH,
                List.of("AGE", "SEX"),
                "2024-01-01",
                "2024-12-31",
                "课题组",
                Delivery.FILE,
                5,
                3,
                EXPIRY);
        assertThat(json)
                .contains("\"@type\" : \"Agreement\"")
                .contains("urn:rhp:contract:7")
                .contains("\"leftOperand\" : \"purpose\"")
                .contains("rhp:SCIENTIFIC_RESEARCH")
                .contains("\"leftOperand\" : \"count\"")
                .contains("\"action\" : \"rhp:reidentify\"")
                .contains("\"action\" : \"distribute\"");
    }
}
