package org.regionalhealth.drugs.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.Interaction;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.drugs.Restriction;
import org.regionalhealth.drugs.Severity;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Label sections of the knowledge-base generics. Sections we restated in our own words live in
 * {@code classpath:drugs/labels/*.yaml} (format: docs/drug-information.md); the sections the knowledge base already
 * holds as structured facts (dosing, pregnancy and lactation, paediatric and geriatric limits, contraindications,
 * interactions) are composed from those facts for every generic, so the answer and the screening engine never
 * disagree. A section neither written nor derivable is absent, and the service says it has none.
 */
public final class LabelBook {

    public static final String CLASSPATH_PATTERN = "classpath*:drugs/labels/*.yaml";
    /** Facts of a whole class (issue 17): {@code [{class, section, text, source, checked}]}. */
    public static final String CLASS_FACTS = "class-facts.yaml";

    private static final Set<String> CLASS_FACT_FIELDS = Set.of("class", "section", "text", "source", "checked");
    /** A note's sentence meant for the pharmacy team (what is still to check, grading, registry work), not for a patient. */
    private static final java.util.regex.Pattern INTERNAL_REMARK =
            java.util.regex.Pattern.compile("核对|待登记|待核|分级|审方|管理类别|精神药品|麻精|毒性药品|公告|controlled|结构化|登记|本院");
    /** Elderly-only lists: cited by the elderly section, never by another (a pregnancy answer must not cite Beers). */
    private static final Set<String> ELDERLY_ONLY_SOURCES = Set.of("GL-BEERS-2023", "GL-CN-PIM-2017");

    private static final Set<String> ENTRY_FIELDS = Set.of("generic", "source", "checked", "reviewStatus", "sections");

    private final KnowledgeSnapshot kb;
    private final Map<String, Map<LabelSection, SectionText>> written;
    private final Map<String, List<SectionText>> classFacts;

    private LabelBook(
            KnowledgeSnapshot kb,
            Map<String, Map<LabelSection, SectionText>> written,
            Map<String, List<SectionText>> classFacts) {
        this.kb = kb;
        this.written = written;
        this.classFacts = classFacts;
    }

    /** Loads the written sections from the classpath and checks every reference against the knowledge base. */
    public static LabelBook load(KnowledgeSnapshot kb) {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources(CLASSPATH_PATTERN);
            var written = new HashMap<String, Map<LabelSection, SectionText>>();
            var classFacts = new HashMap<String, List<SectionText>>();
            var problems = new ArrayList<String>();
            for (Resource r : resources) {
                try (InputStream in = r.getInputStream()) {
                    Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                    if (CLASS_FACTS.equals(r.getFilename())) {
                        readClassFacts(kb, root, classFacts, problems);
                    } else {
                        read(kb, String.valueOf(r.getFilename()), root, written, problems);
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("invalid label sections: " + String.join("; ", problems));
            }
            return new LabelBook(kb, written, classFacts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void read(
            KnowledgeSnapshot kb,
            String file,
            Object root,
            Map<String, Map<LabelSection, SectionText>> written,
            List<String> problems) {
        if (!(root instanceof List<?> entries)) {
            problems.add(file + ": a list of entries expected");
            return;
        }
        for (Object o : entries) {
            if (!(o instanceof Map<?, ?> raw)) {
                problems.add(file + ": an entry is not a map");
                continue;
            }
            var entry = (Map<String, Object>) raw;
            String where = file + " " + entry.get("generic");
            entry.keySet().stream()
                    .filter(k -> !ENTRY_FIELDS.contains(k))
                    .forEach(k -> problems.add(where + ": unknown field " + k));
            String generic = String.valueOf(entry.get("generic"));
            if (kb.generic(generic).isEmpty()) {
                problems.add(where + ": unknown generic");
                continue;
            }
            List<String> sources = entry.get("source") instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList()
                    : List.of();
            if (sources.isEmpty()) {
                problems.add(where + ": no source");
            }
            sources.stream()
                    .filter(s -> kb.source(s).isEmpty())
                    .forEach(s -> problems.add(where + ": unknown source " + s));
            LocalDate checked = entry.get("checked") instanceof java.util.Date d
                    ? new java.sql.Date(d.getTime()).toLocalDate()
                    : entry.get("checked") == null ? null : LocalDate.parse(String.valueOf(entry.get("checked")));
            if (checked == null) {
                problems.add(where + ": no checked date");
                continue;
            }
            String status = String.valueOf(entry.getOrDefault("reviewStatus", "draft"));
            if (!(entry.get("sections") instanceof Map<?, ?> sections)) {
                problems.add(where + ": no sections");
                continue;
            }
            var bySection = written.computeIfAbsent(generic, g -> new EnumMap<>(LabelSection.class));
            sections.forEach((k, v) -> {
                var section = LabelSection.ofCode(String.valueOf(k));
                if (section.isEmpty()) {
                    problems.add(where + ": unknown section " + k);
                } else if (v == null || String.valueOf(v).isBlank()) {
                    problems.add(where + ": empty section " + k);
                } else if (bySection.containsKey(section.get())) {
                    problems.add(where + ": section written twice " + k);
                } else {
                    bySection.put(
                            section.get(),
                            new SectionText(
                                    generic,
                                    section.get(),
                                    String.valueOf(v).strip(),
                                    sources,
                                    "written",
                                    status,
                                    checked));
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static void readClassFacts(
            KnowledgeSnapshot kb, Object root, Map<String, List<SectionText>> facts, List<String> problems) {
        if (!(root instanceof List<?> entries)) {
            problems.add(CLASS_FACTS + ": a list of entries expected");
            return;
        }
        for (Object o : entries) {
            if (!(o instanceof Map<?, ?> raw)) {
                problems.add(CLASS_FACTS + ": an entry is not a map");
                continue;
            }
            var entry = (Map<String, Object>) raw;
            String code = String.valueOf(entry.get("class"));
            String where = CLASS_FACTS + " " + code;
            entry.keySet().stream()
                    .filter(k -> !CLASS_FACT_FIELDS.contains(k))
                    .forEach(k -> problems.add(where + ": unknown field " + k));
            if (kb.drugClass(code).isEmpty()) {
                problems.add(where + ": unknown class");
                continue;
            }
            var section = LabelSection.ofCode(String.valueOf(entry.get("section")));
            List<String> sources = entry.get("source") instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList()
                    : List.of();
            sources.stream()
                    .filter(x -> kb.source(x).isEmpty())
                    .forEach(x -> problems.add(where + ": unknown source " + x));
            Object text = entry.get("text");
            if (section.isEmpty()
                    || sources.isEmpty()
                    || text == null
                    || String.valueOf(text).isBlank()) {
                problems.add(where + ": section, source and text are required");
                continue;
            }
            LocalDate checked = entry.get("checked") instanceof java.util.Date d
                    ? new java.sql.Date(d.getTime()).toLocalDate()
                    : entry.get("checked") == null ? null : LocalDate.parse(String.valueOf(entry.get("checked")));
            facts.computeIfAbsent(code, c -> new ArrayList<>())
                    .add(new SectionText(
                            code, section.get(), String.valueOf(text).strip(), sources, "class", "draft", checked));
        }
    }

    /** Facts written for a whole class ({@code genericId} of each is the class code), in file order. */
    public List<SectionText> classFacts(String classCode) {
        return classFacts.getOrDefault(classCode, List.of());
    }

    public KnowledgeSnapshot knowledge() {
        return kb;
    }

    /** Generics with at least one written section (the commonly used ones; search ranks them first on ties). */
    public Set<String> writtenGenerics() {
        return Set.copyOf(written.keySet());
    }

    public int writtenSectionCount() {
        return written.values().stream().mapToInt(Map::size).sum();
    }

    /** The section: the written one when there is one, else the one composed from knowledge-base facts. */
    public Optional<SectionText> section(String genericId, LabelSection section) {
        var own = written.getOrDefault(genericId, Map.of()).get(section);
        if (own != null) {
            return Optional.of(own);
        }
        return kb.generic(genericId).flatMap(g -> derived(g, section));
    }

    /** Every section available for the generic, in label order. */
    public List<SectionText> sections(String genericId) {
        var out = new ArrayList<SectionText>();
        for (var s : LabelSection.values()) {
            section(genericId, s).ifPresent(out::add);
        }
        return out;
    }

    private Optional<SectionText> derived(Generic g, LabelSection section) {
        String text =
                switch (section) {
                    case DOSAGE -> dosage(g);
                    case PREGNANCY_LACTATION -> pregnancy(g);
                    case CHILDREN -> children(g);
                    case ELDERLY -> elderly(g);
                    case CONTRAINDICATIONS -> contraindications(g);
                    case PRECAUTIONS -> precautions(g);
                    case INTERACTIONS -> null;
                    default -> null;
                };
        if (section == LabelSection.INTERACTIONS) {
            return interactions(g);
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new SectionText(
                g.id(),
                section,
                text,
                sourcesFor(section, g.source()),
                "derived",
                g.reviewStatus().name().toLowerCase(),
                g.checked()));
    }

    private static String dosage(Generic g) {
        if (g.dose() == null) {
            return null;
        }
        var out = new StringBuilder();
        String unit = g.dose().unit();
        if (g.dose().adult() != null) {
            out.append("成人：").append(range(g.dose().adult(), unit)).append("。");
        }
        g.dose()
                .byRoute()
                .forEach((route, r) ->
                        out.append(route).append("：").append(range(r, unit)).append("。"));
        if (g.dose().paediatric() != null) {
            out.append("儿童：").append(range(g.dose().paediatric(), unit)).append("。");
        }
        return out.toString();
    }

    static String range(DoseRange r, String unit) {
        var parts = new ArrayList<String>();
        if (r.minAgeYears() != null) {
            parts.add(num(r.minAgeYears()) + "岁及以上");
        }
        if (r.perDoseMin() != null || r.perDoseMax() != null) {
            parts.add("每次" + between(r.perDoseMin(), r.perDoseMax()) + unit);
        }
        if (r.perKgPerDoseMin() != null || r.perKgPerDoseMax() != null) {
            parts.add("每次" + between(r.perKgPerDoseMin(), r.perKgPerDoseMax()) + unit + "/kg");
        }
        if (!r.frequencies().isEmpty()) {
            parts.add(String.join(
                    "或", r.frequencies().stream().map(LabelBook::frequency).toList()));
        }
        if (r.perDayMax() != null) {
            parts.add("每日不超过" + num(r.perDayMax()) + unit);
        }
        if (r.perKgPerDayMax() != null) {
            parts.add("每日不超过" + num(r.perKgPerDayMax()) + unit + "/kg");
        }
        if (r.absoluteMaxPerDay() != null && !r.absoluteMaxPerDay().equals(r.perDayMax())) {
            parts.add("每日极量" + num(r.absoluteMaxPerDay()) + unit);
        }
        String text = String.join("，", parts);
        return r.note() == null ? text : text + "（" + r.note() + "）";
    }

    private static String between(Double min, Double max) {
        if (min != null && max != null && !min.equals(max)) {
            return num(min) + "～" + num(max);
        }
        return num(max != null ? max : min);
    }

    public static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    static String frequency(String code) {
        return switch (code) {
            case "qd" -> "每日1次";
            case "bid" -> "每日2次";
            case "tid" -> "每日3次";
            case "qid" -> "每日4次";
            case "qn" -> "每晚1次";
            case "qw" -> "每周1次";
            case "st" -> "立即1次";
            case "prn" -> "必要时";
            default -> code.matches("q\\d+h") ? "每" + code.substring(1, code.length() - 1) + "小时1次" : code;
        };
    }

    static String restriction(Restriction r) {
        return switch (r) {
            case CONTRAINDICATED -> "禁用";
            case AVOID -> "不宜使用（避免）";
            case REDUCE -> "需减量";
            case CAUTION -> "慎用";
            case COMPATIBLE -> "说明书未列限制";
        };
    }

    private static String pregnancy(Generic g) {
        if (g.pregnancy() == null && g.lactation() == null) {
            return null;
        }
        var out = new StringBuilder();
        if (g.pregnancy() != null) {
            out.append("孕妇：").append(restriction(g.pregnancy())).append("。");
        }
        if (g.lactation() != null) {
            out.append("哺乳期妇女：").append(restriction(g.lactation())).append("。");
        }
        if (g.note() != null) {
            for (String sentence : g.note().split("[。；;]")) {
                if (sentence.contains("孕") || sentence.contains("哺乳") || sentence.contains("妊娠")) {
                    out.append("补充：").append(sentence.strip()).append("。");
                }
            }
        }
        return out.toString();
    }

    /** The sources a section may cite: elderly-only lists (Beers, the Chinese PIM list) only in the elderly section. */
    static List<String> sourcesFor(LabelSection section, List<String> sources) {
        if (section == LabelSection.ELDERLY) {
            return sources;
        }
        var kept =
                sources.stream().filter(s -> !ELDERLY_ONLY_SOURCES.contains(s)).toList();
        return kept.isEmpty() ? sources : kept;
    }

    /** The label note's sentences that are not about pregnancy (those go to the pregnancy section). */
    private static String precautions(Generic g) {
        if (g.note() == null) {
            return null;
        }
        var out = new StringBuilder();
        for (String sentence : g.note().split("[。；;]")) {
            String t = sentence.strip();
            if (!t.isEmpty()
                    && !t.contains("孕")
                    && !t.contains("哺乳")
                    && !t.contains("妊娠")
                    && !INTERNAL_REMARK.matcher(t).find()) {
                out.append(t).append("。");
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String children(Generic g) {
        var out = new StringBuilder();
        var p = g.paediatric();
        if (p != null) {
            if (p.contraindicatedUnderYears() != null) {
                out.append(num(p.contraindicatedUnderYears())).append("岁以下儿童禁用。");
            }
            if (p.cautionUnderYears() != null) {
                out.append(num(p.cautionUnderYears())).append("岁以下儿童慎用或安全性尚未确立。");
            }
            if (p.note() != null) {
                out.append(p.note()).append("。");
            }
        }
        if (g.dose() != null && g.dose().paediatric() != null) {
            out.append("儿童剂量：")
                    .append(range(g.dose().paediatric(), g.dose().unit()))
                    .append("。");
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String elderly(Generic g) {
        var out = new StringBuilder();
        var ger = g.geriatric();
        if (ger != null) {
            if (ger.pim()) {
                out.append("属于老年人潜在不适当用药（Beers 2023 / 中国老年人潜在不适当用药目录 2017）。");
            } else if (ger.caution()) {
                out.append("老年人慎用或需调整剂量。");
            }
            if (ger.note() != null) {
                out.append(ger.note()).append("。");
            }
        }
        for (var r : g.renal()) {
            out.append(r.basis() == org.regionalhealth.drugs.RenalLimit.Basis.CRCL ? "肾功能（肌酐清除率<" : "肾功能（eGFR<")
                    .append(num(r.egfrBelow()))
                    .append("）：")
                    .append(restriction(r.action()))
                    .append(r.note() == null ? "" : "，" + r.note())
                    .append("。");
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String contraindications(Generic g) {
        var items = new ArrayList<String>();
        for (var d : g.diseases()) {
            if (d.severity() == Restriction.CONTRAINDICATED) {
                items.add(d.nameZh() + "患者" + (d.note() == null ? "" : "（" + d.note() + "）"));
            }
        }
        if (g.hepatic() != null && g.hepatic().action() == Restriction.CONTRAINDICATED) {
            items.add((g.hepatic().condition() == null ? "肝功能不全" : g.hepatic().condition()) + "者");
        }
        for (var r : g.renal()) {
            if (r.action() == Restriction.CONTRAINDICATED) {
                items.add("肾功能不全（"
                        + (r.basis() == org.regionalhealth.drugs.RenalLimit.Basis.CRCL ? "肌酐清除率<" : "eGFR<")
                        + num(r.egfrBelow()) + "）者");
            }
        }
        if (g.pregnancy() == Restriction.CONTRAINDICATED) {
            items.add("孕妇");
        }
        if (g.lactation() == Restriction.CONTRAINDICATED) {
            items.add("哺乳期妇女");
        }
        if (g.paediatric() != null && g.paediatric().contraindicatedUnderYears() != null) {
            items.add(num(g.paediatric().contraindicatedUnderYears()) + "岁以下儿童");
        }
        return items.isEmpty() ? null : "以下情况禁用：" + String.join("；", items) + "。";
    }

    /** Interactions of the generic with any drug or class, from the knowledge base screening uses. */
    public List<Interaction> interactionsOf(String genericId) {
        var classes = kb.classCodesOf(genericId);
        return kb.interactions().stream()
                .filter(i -> involves(i.a(), genericId, classes) || involves(i.b(), genericId, classes))
                .sorted(java.util.Comparator.comparing(Interaction::severity))
                .toList();
    }

    private static boolean involves(Interaction.Party p, String genericId, Set<String> classes) {
        return genericId.equals(p.drug()) || (p.drugClass() != null && classes.contains(p.drugClass()));
    }

    /** The display name of an interaction side: 通用名 or class name + 类. */
    public String partyName(Interaction.Party p) {
        if (p.drug() != null) {
            return kb.generic(p.drug()).map(Generic::nameZh).orElse(p.drug());
        }
        return kb.drugClass(p.drugClass()).map(c -> c.nameZh()).orElse(p.drugClass());
    }

    public static String severityZh(Severity s) {
        return switch (s) {
            case CONTRAINDICATED -> "禁止合用";
            case MAJOR -> "严重";
            case MODERATE -> "中等";
            case MINOR -> "轻微";
        };
    }

    private Optional<SectionText> interactions(Generic g) {
        var list = interactionsOf(g.id());
        if (list.isEmpty()) {
            return Optional.empty();
        }
        var out = new StringBuilder();
        var sources = new LinkedHashSet<String>();
        var classes = kb.classCodesOf(g.id());
        for (var i : list) {
            var other = involves(i.a(), g.id(), classes) ? i.b() : i.a();
            out.append("与")
                    .append(partyName(other))
                    .append("合用（")
                    .append(severityZh(i.severity()))
                    .append("）：")
                    .append(i.mechanism() == null ? "" : i.mechanism())
                    .append(i.management() == null ? "" : "。处理：" + i.management())
                    .append("。\n");
            sources.addAll(i.source());
        }
        LocalDate checked = list.stream()
                .map(Interaction::checked)
                .filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(g.checked());
        return Optional.of(new SectionText(
                g.id(),
                LabelSection.INTERACTIONS,
                out.toString().strip(),
                List.copyOf(sources),
                "derived",
                "draft",
                checked));
    }
}
