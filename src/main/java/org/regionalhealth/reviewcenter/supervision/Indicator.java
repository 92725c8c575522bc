package org.regionalhealth.reviewcenter.supervision;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The supervision indicators of the review center, each a numerator over a denominator of {@link Counts}. Names and
 * definitions follow 《药事管理专业医疗质量控制指标（2020年版）》(国卫办医函〔2020〕654号): 处方审核率 is "药品收费前
 * 药师审核（含系统辅助审核）的处方人次数 ÷ 同期处方总人次数"; the others make the review center's work visible
 * (docs/indicators.md §Prescription review supervision gives numerator, denominator and source of each).
 */
public enum Indicator {
    /** 处方审核率: prescriptions screened before charging ÷ all prescriptions (2020 指标). */
    REVIEW_RATE(Counts::screened, Counts::prescriptions),
    /** 系统初审问题处方率: flagged ÷ all prescriptions (industry reports 11–20%, research §2.1). */
    FLAG_RATE(Counts::flagged, Counts::prescriptions),
    /** 药师人工复核完成率: rounds a pharmacist decided ÷ rounds closed (decided or timed out). */
    PHARMACIST_REVIEW_RATE(Counts::reviewed, c -> c.reviewed() + c.timeouts()),
    /** 药师干预率: returned to the doctor ÷ rounds a pharmacist decided. */
    INTERVENTION_RATE(Counts::returned, Counts::reviewed),
    /** 审核通过率: approved ÷ rounds a pharmacist decided. */
    PASS_RATE(Counts::approved, Counts::reviewed),
    /** 医生接受率: returned prescriptions the doctor modified ÷ returned. */
    ACCEPTANCE_RATE(Counts::modifiedAfterReturn, Counts::returned),
    /** 双签率: double-signed ÷ prescriptions stopped for a second signature. */
    DOUBLE_SIGN_RATE(Counts::doubleSigned, Counts::signatureRequests),
    /** 超时率: rounds that breached the service-level timer ÷ rounds closed. */
    BREACH_RATE(Counts::breached, c -> c.reviewed() + c.timeouts());

    /** The indicators of the main table, in column order. */
    public static final List<Indicator> HEADLINE = List.of(values());

    private final ToLongFunction<Counts> numerator;
    private final ToLongFunction<Counts> denominator;

    Indicator(ToLongFunction<Counts> numerator, ToLongFunction<Counts> denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public String code() {
        return name();
    }

    public Value of(Counts counts) {
        return new Value(numerator.applyAsLong(counts), denominator.applyAsLong(counts));
    }

    /** A rate; {@code percent()} is {@code null} when the denominator is 0 (shown as —, never as 0%). */
    public record Value(long numerator, long denominator) {

        public Double percent() {
            return denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0;
        }

        public String text() {
            Double p = percent();
            return p == null ? "—" : p + "%";
        }
    }
}
