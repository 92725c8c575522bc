package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.PatentMedicine;
import org.regionalhealth.drugs.TcmHerb;
import org.regionalhealth.screening.DispensedMedicine;
import org.regionalhealth.screening.PrescriptionLine;

/**
 * A prescription line (or a regional-history medicine) with what the knowledge base says it is, and the amounts
 * derived from dose, frequency, strength and quantity. Every derived value is {@code null} when the inputs do not
 * allow it; rules then skip the check rather than guess.
 *
 * @param line the prescription line, {@code null} for a history entry
 * @param historic the history entry, {@code null} for a prescription line
 * @param generic the generic, when the line is one
 * @param patent the patent medicine, when the line is one
 * @param herb the decoction piece, when the line is one
 * @param route the route in knowledge-base spelling, {@code null} when not written
 */
public record ResolvedLine(
        PrescriptionLine line,
        DispensedMedicine historic,
        Generic generic,
        PatentMedicine patent,
        TcmHerb herb,
        String route) {

    /** What the line is. */
    public enum Kind {
        GENERIC,
        PATENT,
        HERB,
        UNKNOWN
    }

    public Kind kind() {
        if (generic != null) {
            return Kind.GENERIC;
        }
        if (patent != null) {
            return Kind.PATENT;
        }
        if (herb != null) {
            return Kind.HERB;
        }
        return Kind.UNKNOWN;
    }

    public boolean fromHistory() {
        return historic != null;
    }

    /** The drug as written, with "（区域用药史）" for history entries. */
    public String label() {
        if (historic != null) {
            return historic.drugName() + "（区域用药史）";
        }
        return line.label();
    }

    /** A generic component with its daily amount in the generic's dose unit ({@code null} when not computable). */
    public record Component(String genericId, Double dailyAmount, String unit, boolean viaIngredient) {}

    /**
     * The generics this line delivers: the generic itself and the generic ingredients of a fixed combination, or the
     * Western ingredients of a patent medicine, each with its daily amount when computable.
     */
    public List<Component> components() {
        List<Component> out = new ArrayList<>();
        if (generic != null) {
            String unit = generic.dose() == null ? null : generic.dose().unit();
            out.add(new Component(generic.id(), unit == null ? null : dailyAmountIn(unit), unit, false));
            // a fixed combination written in its dosage units (片, 粒, 袋): each ingredient's labelled amount per unit
            // counts towards that ingredient's daily total (复方氨酚烷胺 1片 bid beside paracetamol)
            Double unitsPerDay = generic.ingredients().isEmpty() ? null : unitsPerDay();
            for (Generic.Ingredient ingredient : generic.ingredients()) {
                if (!ingredient.drug().equals(generic.id())) {
                    Double amount = unitsPerDay == null || ingredient.amount() == null
                            ? null
                            : unitsPerDay * ingredient.amount();
                    out.add(new Component(ingredient.drug(), amount, ingredient.unit(), true));
                }
            }
        } else if (patent != null) {
            Double unitsPerDay = unitsPerDay();
            for (PatentMedicine.WesternIngredient ingredient : patent.westernIngredients()) {
                Double amount =
                        unitsPerDay == null || ingredient.amount() == null ? null : unitsPerDay * ingredient.amount();
                out.add(new Component(ingredient.drug(), amount, ingredient.unit(), true));
            }
        }
        return out;
    }

    /** Administrations per day; {@code null} for prn, unknown codes and history entries. */
    public Double administrationsPerDay() {
        return line == null ? null : Frequencies.perDay(line.frequency());
    }

    /** Whether the line is written "as needed" (prn, 必要时). */
    public boolean asNeeded() {
        return line != null && Frequencies.isAsNeeded(line.frequency());
    }

    /**
     * Administrations per day for daily totals: the written frequency, or for a prn line the label's most frequent
     * schedule (a prn paracetamol may be taken as often as the label allows, so the total counts it at that rate;
     * 《医疗机构处方审核规范》适宜性第3项). {@code null} when neither is known.
     */
    public Double administrationsPerDayForTotals() {
        Double written = administrationsPerDay();
        if (written != null || !asNeeded()) {
            return written;
        }
        if (generic != null && generic.dose() != null) {
            DoseRange range = generic.dose().adultFor(route).orElse(null);
            Double max = range == null ? null : Frequencies.maxPerDay(range.frequencies());
            if (max == null && generic.dose().paediatric() != null) {
                max = Frequencies.maxPerDay(generic.dose().paediatric().frequencies());
            }
            return max;
        }
        if (patent != null && patent.usualDose() != null) {
            PatentMedicine.UsualDose usual = patent.usualDose();
            if (usual.perDay() != null && usual.perDose() != null && usual.perDose() > 0) {
                return Math.ceil(usual.perDay() / usual.perDose());
            }
        }
        return null;
    }

    /** Millilitres per drop: 《中国药典》2020年版凡例 — 滴系在20℃时以1.0ml水为20滴进行换算. */
    static final double ML_PER_DROP = 1.0 / 20;

    /**
     * The single dose in {@code unit}: directly when the units convert, through the strength when the dose is written in
     * tablets, ampoules …, and through the product's concentration when it is written in ml or drops ({@code 5ml} of
     * {@code 100ml:2g} → 100 mg). The strength written on the line wins; without one the knowledge base's only marketed
     * strength for the form is used. {@code null} when no conversion is possible (then {@link #doseUnconvertible}).
     */
    public Double singleDoseIn(String unit) {
        if (line == null || line.dose() == null || line.dose() <= 0 || unit == null) {
            return null;
        }
        Double direct = Units.convert(line.dose(), line.doseUnit(), unit);
        if (direct != null) {
            return direct;
        }
        String doseUnit = line.doseUnit() == null ? null : Units.canonical(line.doseUnit());
        if (doseUnit == null) {
            return null;
        }
        Double millilitres = isDrop(doseUnit)
                ? Double.valueOf(line.dose() * ML_PER_DROP)
                : Units.convert(line.dose(), doseUnit, "ml");
        if (millilitres != null) {
            Units.Amount perMl = concentration();
            Double converted = perMl == null ? null : Units.convert(perMl.value(), perMl.unit(), unit);
            return converted == null ? null : millilitres * converted;
        }
        if (!Units.isMeasure(doseUnit)) {
            Units.Amount perUnit = perPackageUnit();
            if (perUnit != null) {
                Double converted = Units.convert(perUnit.value(), perUnit.unit(), unit);
                return converted == null ? null : line.dose() * converted;
            }
        }
        return null;
    }

    /**
     * A dose is written that the engine cannot turn into the label's unit (ml without a concentration, tablets of a
     * drug with several strengths and none written): the dose checks cannot run, which must be said, never passed.
     */
    public boolean doseUnconvertible() {
        if (line == null || generic == null || generic.dose() == null || line.dose() == null || line.dose() <= 0) {
            return false;
        }
        if (blank(line.doseUnit())) {
            return false;
        }
        return singleDoseIn(generic.dose().unit()) == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean isDrop(String unit) {
        return "滴".equals(unit) || "gtt".equalsIgnoreCase(unit) || "drop".equalsIgnoreCase(unit);
    }

    /** Drug per ml of the line's liquid strength, or of the form's only marketed liquid strength. */
    private Units.Amount concentration() {
        if (!blank(line.strength())) {
            return Units.parseConcentration(line.strength());
        }
        Units.Amount found = null;
        for (String strength : marketedStrengths()) {
            Units.Amount c = Units.parseConcentration(strength);
            if (c == null) {
                continue;
            }
            if (found != null && !sameAmount(found, c)) {
                return null;
            }
            found = c;
        }
        return found;
    }

    /** Drug per tablet/ampoule of the line's strength, or of the form's only marketed strength. */
    private Units.Amount perPackageUnit() {
        if (!blank(line.strength())) {
            return Units.parseStrength(line.strength());
        }
        Units.Amount found = null;
        for (String strength : marketedStrengths()) {
            Units.Amount a = Units.parseStrength(strength);
            if (a == null) {
                continue;
            }
            if (found != null && !sameAmount(found, a)) {
                return null;
            }
            found = a;
        }
        return found;
    }

    private static boolean sameAmount(Units.Amount a, Units.Amount b) {
        Double bInA = Units.convert(b.value(), b.unit(), a.unit());
        return bInA != null && Math.abs(bInA - a.value()) < 1e-9;
    }

    /** Strengths of the generic's forms matching the written form (all forms when none matches). */
    private List<String> marketedStrengths() {
        if (generic == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String form = line.form();
        if (form != null) {
            for (Generic.DosageForm f : generic.forms()) {
                if (f.form().equals(form)) {
                    out.addAll(f.strengths());
                }
            }
        }
        if (out.isEmpty()) {
            for (Generic.DosageForm f : generic.forms()) {
                if (route == null || route.equals(f.route())) {
                    out.addAll(f.strengths());
                }
            }
        }
        return out;
    }

    /** The daily amount in {@code unit}, {@code null} when dose, unit or frequency do not allow it. */
    public Double dailyAmountIn(String unit) {
        Double perDay = administrationsPerDayForTotals();
        Double single = singleDoseIn(unit);
        return perDay == null || single == null ? null : single * perDay;
    }

    /** Package units (片, 丸, 袋) per day of a patent medicine or fixed-combination line, when written in that unit. */
    private Double unitsPerDay() {
        Double perDay = administrationsPerDayForTotals();
        if (perDay == null || line.dose() == null || line.dose() <= 0) {
            return null;
        }
        if (line.doseUnit() == null || Units.isMeasure(line.doseUnit())) {
            return null;
        }
        return line.dose() * perDay;
    }

    /**
     * How many single doses the quantity supplies: quantity in a measure unit divided by the dose, or package units
     * times strength divided by the dose, or package units divided by a dose in the same package unit.
     */
    public Double dosesSupplied() {
        if (line == null || line.quantity() == null || line.dose() == null || line.dose() <= 0) {
            return null;
        }
        String qUnit = line.quantityUnit();
        if (qUnit == null) {
            return null;
        }
        Double inDoseUnit = Units.convert(line.quantity(), qUnit, line.doseUnit());
        if (inDoseUnit != null) {
            return inDoseUnit / line.dose();
        }
        Units.Amount perUnit = Units.parseStrength(line.strength());
        if (perUnit != null && !Units.isMeasure(qUnit) && Units.isMeasure(line.doseUnit())) {
            Double perUnitInDoseUnit = Units.convert(perUnit.value(), perUnit.unit(), line.doseUnit());
            return perUnitInDoseUnit == null ? null : line.quantity() * perUnitInDoseUnit / line.dose();
        }
        return null;
    }

    /** Total amount supplied in {@code unit} ({@code null} when not computable). */
    public Double totalAmountIn(String unit) {
        Double doses = dosesSupplied();
        Double single = singleDoseIn(unit);
        return doses == null || single == null ? null : doses * single;
    }

    /**
     * Days of supply: the larger of the days written and the days the quantity lasts (quantity limits are about what
     * the patient takes home, 《处方管理办法》第十九条); {@code null} when neither is known.
     */
    public Double daysSupply() {
        if (line == null) {
            return null;
        }
        Double written = line.days() == null ? null : line.days().doubleValue();
        Double computed = null;
        Double doses = dosesSupplied();
        Double perDay = administrationsPerDay();
        if (doses != null && perDay != null && perDay > 0 && !Frequencies.isSingle(line.frequency())) {
            computed = doses / perDay;
        }
        if (written == null) {
            return computed;
        }
        return computed == null ? written : Math.max(written, computed);
    }

    /**
     * The route as written, or — when none is written — the only route of the knowledge base's forms that match the
     * written form (or of all its forms); {@code null} when it cannot be told (history entries, several routes).
     */
    public String effectiveRoute() {
        if (route != null) {
            return route;
        }
        if (generic == null || line == null) {
            return null;
        }
        java.util.Set<String> routes = new java.util.HashSet<>();
        if (line.form() != null) {
            for (Generic.DosageForm f : generic.forms()) {
                if (f.form().equals(line.form())) {
                    routes.add(f.route());
                }
            }
        }
        if (routes.isEmpty()) {
            generic.forms().forEach(f -> routes.add(f.route()));
        }
        return routes.size() == 1 ? routes.iterator().next() : null;
    }

    /** Injection: by route, or by a form containing 注射 when no route is written. */
    public boolean isInjection() {
        if (route != null) {
            return Routes.isInjection(route);
        }
        return line != null && line.form() != null && line.form().contains("注射");
    }

    /** Controlled- or sustained-release form (缓释, 控释, 透皮贴剂 count as long-acting). */
    public boolean isLongActing() {
        String form = line == null ? null : line.form();
        if (form == null) {
            return false;
        }
        return form.contains("缓释") || form.contains("控释") || form.contains("贴");
    }

    /** The adult dose range for this line's route. */
    public DoseRange adultRange() {
        if (generic == null || generic.dose() == null) {
            return null;
        }
        return generic.dose().adultFor(route).orElse(null);
    }
}
