package org.regionalhealth.surveillance.detection;

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
 * @param tier report/cluster/outbreak tier, free text from the source
 * @param source the document and the text the rule implements
 */
public record CountWindowRule(
        String id,
        String name,
        UnitLevel unitLevel,
        int windowDays,
        int threshold,
        CaseFilter caseFilter,
        String tier,
        Source source) {

    public CountWindowRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitLevel, "unitLevel");
        Objects.requireNonNull(caseFilter, "caseFilter");
        Objects.requireNonNull(source, "source");
        if (windowDays < 1) {
            throw new InvalidDetectorParameter("windowDays", "规则 " + id + "：窗口天数至少为 1");
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

    /**
     * Which records count: those whose category (syndrome group or disease) is in {@code categories} (all when
     * empty); with {@code perCategory} persons are counted separately per category ("同班 … 症状相似": five persons
     * with fever and rash mixed are not five similar cases).
     */
    public record CaseFilter(Set<String> categories, boolean perCategory) {
        public CaseFilter {
            categories = Set.copyOf(categories);
        }

        boolean accepts(String category) {
            return categories.isEmpty() || categories.contains(category);
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
