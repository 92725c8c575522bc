package org.regionalhealth.drugs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decoction piece (饮片) with its pharmacopoeia daily dose range (《中华人民共和国药典》2020年版一部).
 *
 * @param id pinyin id
 * @param nameZh name
 * @param pinyin pinyin
 * @param aliases other names and processed forms
 * @param doseMinG minimum daily dose in g
 * @param doseMaxG maximum daily dose in g
 * @param toxicity 大毒, 有毒 or 小毒; {@code null} when the pharmacopoeia marks none
 * @param pregnancy restriction in pregnancy
 * @param toxicMedicalListed one of the 28 医疗用毒性中药品种 of 《医疗用毒性药品管理办法》(1988): at most two days' 极量 per
 *     prescription (第九条)
 * @param externalOnly for external use only: internal use (a decoction, 口服) needs the processed form
 * @param processing how it is prepared or taken (先煎, 后下, 包煎, 烊化, 入丸散 …), {@code null} when nothing special
 * @param note remarks
 * @param source source ids
 * @param checked date last checked
 */
public record TcmHerb(
        String id,
        String nameZh,
        String pinyin,
        List<String> aliases,
        Double doseMinG,
        Double doseMaxG,
        String toxicity,
        Restriction pregnancy,
        boolean toxicMedicalListed,
        boolean externalOnly,
        String processing,
        String note,
        List<String> source,
        LocalDate checked) {

    public TcmHerb {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        source = List.copyOf(source == null ? List.of() : source);
    }
}
