package org.regionalhealth.screening;

/**
 * One drug line of a prescription (one drug per line, 《处方管理办法》第六条).
 *
 * @param drugName drug as written: generic, product or brand name, or a decoction piece
 * @param drugCode local or national drug code, used for lookup when the name is absent
 * @param strength 规格 as printed, e.g. {@code 10mg}, {@code 1ml:10mg}, {@code 0.5g}; {@code null} when unknown
 * @param form 剂型 (片剂, 肠溶片, 缓释片, 注射液 …)
 * @param route 给药途径 (口服, 静脉滴注, 外用 …; common abbreviations po, iv, ivgtt, im, ih accepted)
 * @param dose single dose; for decoction pieces the grams per 剂
 * @param doseUnit unit of the dose: mg, g, µg, IU, ml, 片, 粒, 丸, 袋 …
 * @param frequency frequency code: qd, bid, tid, qid, qn, q4h, q6h, q8h, q12h, qw, qod, prn, st …
 * @param days days of use as written
 * @param quantity total quantity dispensed
 * @param quantityUnit unit of the quantity: a dose unit (mg …) or a package unit (片, 支, 盒 …)
 * @param infusionGroup 组号: lines with the same group are given in one bag or line
 * @param skinTestResult skin-test result, {@code null} when none is recorded
 * @param usage usage text as written (e.g. {@code 遵医嘱}), {@code null} when the structured fields are used
 */
public record PrescriptionLine(
        String drugName,
        String drugCode,
        String strength,
        String form,
        String route,
        Double dose,
        String doseUnit,
        String frequency,
        Integer days,
        Double quantity,
        String quantityUnit,
        String infusionGroup,
        SkinTestResult skinTestResult,
        String usage) {

    /** A line with the usual fields; quantity, group, skin test and usage text left empty. */
    public static PrescriptionLine of(
            String drugName, String form, String route, Double dose, String doseUnit, String frequency, Integer days) {
        return new PrescriptionLine(
                drugName, null, null, form, route, dose, doseUnit, frequency, days, null, null, null, null, null);
    }

    /** The drug name or, when absent, the code: what the line is known by in findings. */
    public String label() {
        return drugName != null && !drugName.isBlank() ? drugName : drugCode == null ? "（未写药名）" : drugCode;
    }
}
