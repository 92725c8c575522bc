package org.regionalhealth.surveillance.detection;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person-level count-window rule (research note §8.1): alarm when at least {@code threshold} distinct persons in
 * one unit of {@code unitLevel} have a qualifying case within the last {@code windowDays} days (inclusive of the
 * day evaluated). Rules are data ({@code surveillance/rules/count-window-rules.yaml}, read by
 * {@link CountWindowRules}), each with the source it implements.
 *
 * @param id stable identifier
 * @param name short Chinese name shown with an alarm
 * @param unitLevel the unit the persons are counted in
 * @param windowDays N, at least 1
 * @param threshold K, at least 1 (comparator ≥)
 * @param caseFilter which case records count
 * @param tier {@code single-case}, {@code outbreak}, {@code cluster} or {@code report} (drives the grade, §8.7)
 * @param source the document and the text the rule implements
 * @param effectiveFrom first day the rule applies (versioned rule tables: a superseded rule keeps judging the past)
 * @param effectiveTo last day it applies, {@code null} while in force
 * @param slaHours the handling clock of its signals (research §7: 2 h single-case/immediate, 24 h otherwise)
 */
public record CountWindowRule(
        String id,
        String name,
        UnitLevel unitLevel,
        int windowDays,
        int threshold,
        CaseFilter caseFilter,
        String tier,
        Source source,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        int slaHours) {

    /** The tiers a rule may have (research §1.7(c) columns and §8.7 grading). */
    public static final Set<String> TIERS = Set.of("single-case", "outbreak", "cluster", "report");

    public CountWindowRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitLevel, "unitLevel");
        Objects.requireNonNull(caseFilter, "caseFilter");
        Objects.requireNonNull(source, "source");
        if (windowDays < 1) {
            throw new InvalidDetectorParameter("windowDays", "规则 " + id + "：窗口天数至少为 1");
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (!TIERS.contains(tier)) {
            throw new InvalidDetectorParameter("tier", "规则 " + id + "：未知层级 " + tier + "，应为 " + TIERS);
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new InvalidDetectorParameter("effectiveTo", "规则 " + id + "：失效日期早于生效日期");
        }
        if (slaHours < 1) {
            throw new InvalidDetectorParameter("slaHours", "规则 " + id + "：处置时限至少 1 小时");
        }
        if (threshold < 1) {
            throw new InvalidDetectorParameter("threshold", "规则 " + id + "：阈值至少为 1");
        }
    }

    /** Unit levels named in the Chinese rules (§1.7 "Design consequence", §8.1). */
    public enum UnitLevel {
        CLASS,
        DORMITORY,
        GRADE,
        CAMPUS,
        SCHOOL,
        KINDERGARTEN,
        VILLAGE,
        FAMILY,
        TOWNSHIP,
        COUNTY
    }

    /** Whether the rule is in force on that day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /**
     * Which records count: those whose category (syndrome group or disease) is in {@code categories} (all when
     * empty); with {@code perCategory} persons are counted separately per category ("同班 … 症状相似": five persons
     * with fever and rash mixed are not five similar cases); {@code statuses} limits notifiable case reports by
     * diagnosis status ({@code suspected}, {@code clinical}, {@code lab}; all when empty).
     */
    public record CaseFilter(Set<String> categories, boolean perCategory, Set<String> statuses) {
        public CaseFilter {
            categories = Set.copyOf(categories);
            statuses = Set.copyOf(statuses);
        }

        public CaseFilter(Set<String> categories, boolean perCategory) {
            this(categories, perCategory, Set.of());
        }

        public boolean accepts(String category) {
            return categories.isEmpty() || categories.contains(category);
        }

        /** Whether a record of that status counts ({@code null} = not a case report, e.g. a school check). */
        public boolean acceptsStatus(@Nullable String status) {
            return statuses.isEmpty() || status == null || statuses.contains(status);
        }
    }

    /** Where the rule comes from: document, its address, the section of the research note and the quoted text. */
    public record Source(String document, @Nullable String url, String section, String text, @Nullable String note) {
        public Source {
            if (document == null || document.isBlank() || text == null || text.isBlank()) {
                throw new InvalidDetectorParameter("source", "规则必须注明来源文件和原文");
            }
        }
    }
}
