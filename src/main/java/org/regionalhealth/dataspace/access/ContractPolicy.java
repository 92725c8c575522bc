package org.regionalhealth.dataspace.access;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regionalhealth.dataspace.catalogue.Delivery;
import org.regionalhealth.platform.PlatformException;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract as an ODRL Agreement (permission {@code use} under constraints on purpose, date, count, k, fields,
 * data period and recipient; prohibitions {@code rhp:reidentify} and {@code distribute}), and the check every access
 * makes against it before anything is computed. The count is enforced again, atomically, when the use is recorded
 * ({@link DataContracts#consume}).
 */
public final class ContractPolicy {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ContractPolicy() {}

    /**
     * Refuses an access that the contract does not allow.
     *
     * @throws PlatformException 403 {@code DATASPACE_NOT_HOLDER}, {@code DATASPACE_CONTRACT_REVOKED},
     *     {@code DATASPACE_CONTRACT_EXPIRED}, {@code DATASPACE_CONTRACT_NOT_STARTED}, {@code DATASPACE_DELIVERY};
     *     409 {@code DATASPACE_CONTRACT_EXHAUSTED}
     */
    public static void check(Contract contract, String username, Delivery asked, Instant now, ZoneId zone) {
        if (!contract.holder().equals(username)) {
            throw PlatformException.forbidden("DATASPACE_NOT_HOLDER", "只有合约持有人可以使用该合约，不得转授他人");
        }
        if (contract.revokedAt() != null) {
            throw PlatformException.forbidden(
                    "DATASPACE_CONTRACT_REVOKED",
                    "合约已于 " + MINUTE.format(contract.revokedAt().atZone(zone)) + " 被撤销，未发布任何数据");
        }
        if (!now.isBefore(contract.expiresAt())) {
            throw PlatformException.forbidden(
                    "DATASPACE_CONTRACT_EXPIRED",
                    "合约已于 " + MINUTE.format(contract.expiresAt().atZone(zone)) + " 到期，未发布任何数据。如需继续使用请重新申请");
        }
        if (now.isBefore(contract.startsAt())) {
            throw PlatformException.forbidden("DATASPACE_CONTRACT_NOT_STARTED", "合约尚未生效，未发布任何数据");
        }
        if (contract.delivery() != asked) {
            throw PlatformException.forbidden(
                    "DATASPACE_DELIVERY", asked == Delivery.FILE ? "该合约只允许在空间内查询汇总结果，不允许下载文件" : "该合约只允许下载去标识化文件");
        }
        if (contract.uses() >= contract.maxUses()) {
            throw new PlatformException(
                    HttpStatus.CONFLICT,
                    "DATASPACE_CONTRACT_EXHAUSTED",
                    "合约的 " + contract.maxUses() + " 次使用已用完，未发布任何数据",
                    Map.of());
        }
    }

    /** The agreement as ODRL JSON-LD (stored with the contract, shown on its page and in the API). */
    public static String odrl(
            long contractId,
            String productCode,
            String holder,
            Purpose purpose,
            List<String> fields,
            String periodFrom,
            String periodTo,
            String recipient,
            Delivery delivery,
            int k,
            int maxUses,
            Instant expiresAt) {
        var policy = new LinkedHashMap<String, Object>();
        policy.put(
                "@context",
                List.of("http://www.w3.org/ns/odrl.jsonld", Map.of("rhp", "https://regionalhealth.org/ns/dataspace#")));
        policy.put("@type", "Agreement");
        policy.put("uid", "urn:rhp:contract:" + contractId);
        policy.put("target", "urn:rhp:product:" + productCode);
        policy.put("assigner", "urn:rhp:dataspace:xiaoshan");
        policy.put("assignee", "urn:rhp:user:" + holder);
        policy.put(
                "permission",
                List.of(Map.of(
                        "action",
                        "use",
                        "constraint",
                        List.of(
                                constraint("purpose", "eq", "rhp:" + purpose.name()),
                                constraint("dateTime", "lt", expiresAt.toString()),
                                constraint("count", "lteq", maxUses),
                                constraint("rhp:delivery", "eq", "rhp:" + delivery.name()),
                                constraint("rhp:kAnonymity", "gteq", k),
                                constraint("rhp:fields", "isAllOf", fields),
                                constraint("rhp:dataPeriod", "eq", periodFrom + "/" + periodTo),
                                constraint("recipient", "eq", recipient)))));
        policy.put(
                "prohibition",
                List.of(
                        Map.of("action", "rhp:reidentify"),
                        Map.of("action", "distribute"),
                        Map.of("action", "rhp:linkWithIdentifiedData")));
        policy.put(
                "obligation",
                List.of(Map.of(
                        "action",
                        "delete",
                        "constraint",
                        List.of(constraint("dateTime", "gteq", expiresAt.toString())))));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(policy);
    }

    private static Map<String, Object> constraint(String left, String operator, Object right) {
        var map = new LinkedHashMap<String, Object>();
        map.put("leftOperand", left);
        map.put("operator", operator);
        map.put("rightOperand", right);
        return map;
    }
}
