package org.regionalhealth.dataspace.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.dataspace.catalogue.DataCatalogue;
import org.regionalhealth.dataspace.catalogue.Delivery;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** DataContracts: reading them (holder, stewards, the administrator), counting uses atomically, revoking them. */
@Service
public class DataContracts {

    static final String SELECT =
            """
            select c.*, p.code as product_code, p.name as product_name
              from dataspace_contract c join dataspace_product p on p.id = c.product_id""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    DataContracts(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A contract its holder, a steward or the administrator may see; anybody else gets 404. */
    public Contract get(long id, CurrentUser user) {
        var contract = jdbc.sql(SELECT + " where c.id = ?")
                .param(id)
                .query((rs, n) -> contract(rs))
                .optional()
                .filter(c -> mayRead(c, user))
                .orElseThrow(() -> PlatformException.notFound("DATASPACE_CONTRACT_NOT_FOUND", "没有找到该合约"));
        return contract;
    }

    public Optional<Contract> ofRequest(long requestId) {
        return jdbc.sql(SELECT + " where c.request_id = ?")
                .param(requestId)
                .query((rs, n) -> contract(rs))
                .optional();
    }

    /** The holder's contracts, or every contract for a steward or the administrator; newest first. */
    public PageResult<Contract> list(CurrentUser user, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        boolean all = user.role() != Role.RESEARCHER;
        long total = jdbc.sql("select count(*) from dataspace_contract where ? or holder = ?")
                .params(all, user.username())
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + " where ? or c.holder = ? order by c.id desc limit ? offset ?")
                .params(all, user.username(), bounded, (long) Math.max(0, page) * bounded)
                .query((rs, n) -> contract(rs))
                .list();
        return new PageResult<>(items, total, Math.max(0, page), bounded);
    }

    /** Checks an access against the contract (before anything is computed); see {@link ContractPolicy#check}. */
    public Contract requireUsable(long id, CurrentUser user, Delivery asked) {
        var contract = get(id, user);
        ContractPolicy.check(contract, user.username(), asked, Instant.now(clock), clock.getZone());
        return contract;
    }

    /**
     * Counts one use, atomically: the row is updated only while the contract is held by the user, not revoked, not
     * expired and below its use count, so concurrent accesses can never exceed it. Returns the uses now counted.
     *
     * @throws PlatformException as {@link ContractPolicy#check} when the contract no longer allows the use
     */
    @Transactional
    public int consume(long id, CurrentUser user, Delivery asked) {
        Instant now = Instant.now(clock);
        var used = jdbc.sql(
                        """
                        update dataspace_contract set uses = uses + 1
                         where id = ? and holder = ? and revoked_at is null and starts_at <= ? and expires_at > ?
                           and uses < max_uses and delivery = ?
                        returning uses""")
                .params(id, user.username(), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), asked.name())
                .query(Integer.class)
                .optional();
        if (used.isEmpty()) {
            // explain why, from the row as it is now; the check throws
            ContractPolicy.check(get(id, user), user.username(), asked, now, clock.getZone());
            throw PlatformException.conflict("DATASPACE_CONTRACT_CHANGED", "合约状态已变化，未发布任何数据");
        }
        return used.get();
    }

    /** A steward ends a contract at once; later accesses are refused. */
    @Transactional
    public void revoke(long id, String reason, CurrentUser user) {
        if (user.role() != Role.DATA_STEWARD) {
            throw PlatformException.forbidden("DATASPACE_STEWARD_ONLY", "只有数据管理员可以撤销合约");
        }
        if (reason == null || reason.isBlank()) {
            throw PlatformException.invalidField("DATASPACE_REVOKE_REASON", "reason", "请填写撤销原因");
        }
        if (reason.length() > 300) {
            throw PlatformException.invalidField("DATASPACE_REVOKE_REASON", "reason", "撤销原因最多 300 个字");
        }
        var contract = get(id, user);
        if (contract.revokedAt() != null) {
            throw PlatformException.conflict("DATASPACE_ALREADY_REVOKED", "该合约已被撤销");
        }
        jdbc.sql("update dataspace_contract set revoked_at = ?, revoked_by = ?, revoke_reason = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now(clock)), user.username(), reason.strip(), id)
                .update();
        audit.record(AuditLog.Action.UPDATE, "dataspace_contract", List.of(id), "revoke data-space contract " + id);
    }

    static boolean mayRead(Contract contract, CurrentUser user) {
        return switch (user.role()) {
            case DATA_STEWARD, DISTRICT_ADMIN -> true;
            case RESEARCHER -> contract.holder().equals(user.username());
            default -> false;
        };
    }

    static Contract contract(ResultSet rs) throws SQLException {
        var revoked = rs.getTimestamp("revoked_at");
        return new Contract(
                rs.getLong("id"),
                rs.getLong("request_id"),
                rs.getLong("product_id"),
                rs.getString("product_code"),
                rs.getString("product_name"),
                rs.getString("holder"),
                rs.getString("approved_by"),
                Purpose.valueOf(rs.getString("purpose")),
                DataCatalogue.split(rs.getString("fields")),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getString("recipient"),
                Delivery.valueOf(rs.getString("delivery")),
                rs.getInt("k_value"),
                rs.getInt("max_uses"),
                rs.getInt("uses"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getString("policy"),
                revoked == null ? null : revoked.toInstant(),
                rs.getString("revoked_by"),
                rs.getString("revoke_reason"));
    }
}
