package org.regionalhealth.drugs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A Chinese patent medicine (中成药) that contains Western ingredients, so that duplicate-ingredient and dose checks
 * (《医疗机构处方审核规范》 适宜性 item 5) see e.g. the paracetamol in 维C银翘片.
 *
 * @param id lowercase pinyin-based id
 * @param nameZh name
 * @param pinyin pinyin
 * @param aliases other names
 * @param westernIngredients Western ingredients per unit (tablet, capsule, bag)
 * @param usualDose labelled usual dose, in units
 * @param note remarks
 * @param source source ids
 * @param checked date last checked
 */
public record PatentMedicine(
        String id,
        String nameZh,
        String pinyin,
        List<String> aliases,
        List<WesternIngredient> westernIngredients,
        UsualDose usualDose,
        String note,
        List<String> source,
        LocalDate checked) {

    public PatentMedicine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        westernIngredients = List.copyOf(westernIngredients == null ? List.of() : westernIngredients);
        source = List.copyOf(source == null ? List.of() : source);
    }

    /**
     * A Western ingredient. The amount may be unknown (issue 14: "contains, amount not verified"): the duplicate
     * ingredient is still found, only the daily total cannot count it.
     *
     * @param drug generic id
     * @param amount amount per unit, {@code null} when not verified
     * @param unit unit of the amount, {@code null} exactly when the amount is
     */
    public record WesternIngredient(String drug, Double amount, String unit) {

        public WesternIngredient {
            Objects.requireNonNull(drug, "drug");
            if ((amount == null) != (unit == null)) {
                throw new IllegalArgumentException("an ingredient's amount and unit go together: " + drug);
            }
        }

        public boolean amountKnown() {
            return amount != null;
        }
    }

    /**
     * @param perDose units per dose
     * @param perDay units per day
     * @param unit the unit (片, 粒, 袋, 丸)
     */
    public record UsualDose(Double perDose, Double perDay, String unit) {}
}
