package org.regionalhealth.drugs.mymedicines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.drugs.Interaction;
import org.regionalhealth.drugs.ResidentPrescriptions;
import org.regionalhealth.drugs.labels.LabelBook;
import org.regionalhealth.drugs.search.DrugCatalogue;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's own medicine list ("我的药品") and the interaction check across it and the medicines of the resident's
 * district prescriptions still being taken ({@link ResidentPrescriptions}, stored by prescription review). The list
 * covers what no prescription shows (OTC purchases, medicines from outside the district); it is personal health
 * data, so only the resident reads or changes it, and every read and change is audited.
 */
@Service
public class PersonalMedicines {

    public static final int MAX_ENTRIES = 30;

    /**
     * One medicine on the list.
     *
     * @param prescribedAt for a medicine of one of the resident's district prescriptions: where and when (such entries
     *     are not on the personal list and cannot be removed); {@code null} for the resident's own entries
     */
    public record Entry(
            long id, String genericId, String nameZh, Long productId, OffsetDateTime addedAt, String prescribedAt) {}

    /** An interaction between two medicines on the list, from the knowledge base screening uses. */
    public record Finding(Entry a, Entry b, Interaction interaction, String severityZh) {}

    /**
     * The list and its interaction check.
     *
     * @param prescribed the medicines of the resident's district prescriptions still being taken, checked together
     *     with the list
     * @param unrecognised prescribed medicines the knowledge base does not know (not checked)
     */
    public record Review(
            List<Entry> entries,
            List<Entry> prescribed,
            List<String> unrecognised,
            List<Finding> findings,
            String knowledgeBaseVersion) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final DrugCatalogue catalogue;
    private final ObjectProvider<ResidentPrescriptions> prescriptions;

    private final Clock clock;

    PersonalMedicines(
            JdbcClient jdbc,
            AuditLog audit,
            DrugCatalogue catalogue,
            ObjectProvider<ResidentPrescriptions> prescriptions,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
        this.catalogue = catalogue;
        this.prescriptions = prescriptions;
    }

    @Transactional
    public Review review(CurrentUser user) {
        long resident = residentOf(user);
        var entries = entries(resident);
        audit.record(AuditLog.Action.READ, "personal_medicine", List.of(resident), "drugs: my medicines");
        var kb = catalogue.labels().knowledge();
        var prescribed = new ArrayList<Entry>();
        var unrecognised = new ArrayList<String>();
        prescriptions
                .orderedStream()
                .flatMap(p -> p.activeMedicines(user, LocalDate.now(clock)).stream())
                .forEach(m -> kb.findGeneric(m.drugName())
                        .ifPresentOrElse(
                                g -> prescribed.add(new Entry(
                                        0,
                                        g.id(),
                                        m.drugName(),
                                        null,
                                        m.issuedOn().atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)),
                                        m.institution() + " " + m.issuedOn()
                                                + (m.days() == null ? "" : "，" + m.days() + "天"))),
                                () -> unrecognised.add(m.drugName())));
        var all = new ArrayList<Entry>(entries);
        all.addAll(prescribed);
        var findings = new ArrayList<Finding>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).genericId().equals(all.get(j).genericId())) {
                    continue;
                }
                for (var it : kb.interactionsBetween(
                        all.get(i).genericId(), all.get(j).genericId())) {
                    findings.add(new Finding(all.get(i), all.get(j), it, LabelBook.severityZh(it.severity())));
                }
            }
        }
        findings.sort(java.util.Comparator.comparing(f -> f.interaction().severity()));
        return new Review(
                entries, prescribed, unrecognised, findings, kb.version().version());
    }

    /** Adds a medicine by product id or by any name (通用名, 商品名, pinyin …); returns its 通用名. */
    @Transactional
    public String add(CurrentUser user, String name, Long productId) {
        long resident = residentOf(user);
        var state = catalogue.state();
        String genericId;
        Long product = null;
        if (productId != null) {
            var p = state.index()
                    .product(productId)
                    .orElseThrow(() -> PlatformException.invalidField("DRUG_PRODUCT_NOT_FOUND", "productId", "药品不存在"));
            genericId = p.genericId();
            product = p.id();
        } else {
            if (name == null || name.isBlank() || name.length() > 50) {
                throw PlatformException.invalidField("MY_MEDICINE_NAME_INVALID", "name", "请输入药品名称（不超过50个字）");
            }
            genericId = state.labels()
                    .knowledge()
                    .findGeneric(name.strip())
                    .map(g -> g.id())
                    .or(() -> state.index().mentions(name).stream().findFirst().map(m -> m.genericId()))
                    .orElseThrow(() -> PlatformException.invalidField(
                            "MY_MEDICINE_UNKNOWN", "name", "没有找到该药品：" + name.strip() + "，请先搜索药品再加入"));
        }
        long count = jdbc.sql("select count(*) from drugs_personal_medicine where resident_id = ?")
                .param(resident)
                .query(Long.class)
                .single();
        if (count >= MAX_ENTRIES) {
            throw PlatformException.conflict("MY_MEDICINES_FULL", "我的药品最多记录" + MAX_ENTRIES + "种");
        }
        var id = jdbc.sql(
                        """
                        insert into drugs_personal_medicine (resident_id, generic_id, product_id) values (?, ?, ?)
                        on conflict (resident_id, generic_id) do nothing returning id""")
                .params(resident, genericId, product)
                .query(Long.class)
                .optional();
        String nameZh = state.labels()
                .knowledge()
                .generic(genericId)
                .map(g -> g.nameZh())
                .orElse(genericId);
        if (id.isEmpty()) {
            throw PlatformException.conflict("MY_MEDICINE_DUPLICATE", nameZh + " 已在我的药品中");
        }
        audit.record(AuditLog.Action.CREATE, "personal_medicine", List.of(resident), "drugs: add " + genericId);
        return nameZh;
    }

    @Transactional
    public void remove(CurrentUser user, long entryId) {
        long resident = residentOf(user);
        int deleted = jdbc.sql("delete from drugs_personal_medicine where id = ? and resident_id = ?")
                .params(entryId, resident)
                .update();
        if (deleted == 0) {
            throw PlatformException.notFound("MY_MEDICINE_NOT_FOUND", "该记录不存在");
        }
        audit.record(AuditLog.Action.DELETE, "personal_medicine", List.of(resident), "drugs: remove entry " + entryId);
    }

    List<Entry> entries(long resident) {
        var kb = catalogue.labels().knowledge();
        return jdbc.sql("select id, generic_id, product_id, added_at from drugs_personal_medicine where resident_id = ?"
                        + " order by added_at, id")
                .param(resident)
                .query((rs, row) -> new Entry(
                        rs.getLong("id"),
                        rs.getString("generic_id"),
                        kb.generic(rs.getString("generic_id"))
                                .map(g -> g.nameZh())
                                .orElse(rs.getString("generic_id")),
                        (Long) rs.getObject("product_id"),
                        rs.getObject("added_at", OffsetDateTime.class),
                        null))
                .list();
    }

    private static long residentOf(CurrentUser user) {
        return user.scope()
                .residentId()
                .orElseThrow(() -> PlatformException.forbidden("MY_MEDICINES_RESIDENTS_ONLY", "“我的药品”仅供居民本人使用"));
    }
}
