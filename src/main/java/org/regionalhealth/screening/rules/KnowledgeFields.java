package org.regionalhealth.screening.rules;

import java.util.Map;

/**
 * Knowledge-base fields that no screening rule reads, each with the reason it is there: identification (the name
 * index that resolves a written drug), provenance (sources, dates, review state) or text shown to people. Every other
 * field present in the knowledge base must be read by a rule ({@link Rule#knowledgeFields()}); the build test
 * {@code KnowledgeFieldCoverageTest} fails on a field that is neither, so a limit typed into the knowledge base can
 * never be silently ignored by screening.
 */
public final class KnowledgeFields {

    private KnowledgeFields() {}

    private static final String NAME_INDEX = "识别：药名索引（KnowledgeSnapshot.find…，处方行据此解析为知识库条目）";
    private static final String PROVENANCE = "来源与审核信息：随审核结果引用（知识库来源、核对日期、审核状态），不参与判断";
    private static final String TEXT = "说明文字：显示在药品说明与审核详情中，结构化字段不能表达的内容";

    /** Informational fields and why they are read by no rule. */
    public static final Map<String, String> INFORMATIONAL = Map.ofEntries(
            Map.entry("kb-version.version", PROVENANCE),
            Map.entry("kb-version.released", PROVENANCE),
            Map.entry("kb-version.note", PROVENANCE),
            Map.entry("sources.id", PROVENANCE),
            Map.entry("sources.kind", PROVENANCE),
            Map.entry("sources.title", PROVENANCE),
            Map.entry("sources.issuer", PROVENANCE),
            Map.entry("sources.number", PROVENANCE),
            Map.entry("sources.date", PROVENANCE),
            Map.entry("sources.section", PROVENANCE),
            Map.entry("sources.note", PROVENANCE),
            Map.entry("classes.nameEn", TEXT),
            Map.entry("classes.note", TEXT),
            Map.entry("generics.id", NAME_INDEX),
            Map.entry("generics.nameZh", NAME_INDEX),
            Map.entry("generics.nameEn", NAME_INDEX),
            Map.entry("generics.pinyin", NAME_INDEX),
            Map.entry("generics.aliases", NAME_INDEX),
            Map.entry("generics.note", TEXT),
            Map.entry("generics.dose.range.note", TEXT),
            Map.entry("generics.source", PROVENANCE),
            Map.entry("generics.checked", PROVENANCE),
            Map.entry("generics.reviewStatus", PROVENANCE),
            Map.entry("generics.iv.solvents", "说明文字：说明书溶媒显示在药品说明中；溶媒选择尚无规则核对，由药师审核输液处方时核对"),
            Map.entry("interactions.id", PROVENANCE),
            Map.entry("interactions.source", PROVENANCE),
            Map.entry("interactions.checked", PROVENANCE),
            Map.entry("patent-medicines.id", NAME_INDEX),
            Map.entry("patent-medicines.nameZh", NAME_INDEX),
            Map.entry("patent-medicines.pinyin", NAME_INDEX),
            Map.entry("patent-medicines.aliases", NAME_INDEX),
            Map.entry("patent-medicines.note", TEXT),
            Map.entry("patent-medicines.source", PROVENANCE),
            Map.entry("patent-medicines.checked", PROVENANCE),
            Map.entry("tcm.id", NAME_INDEX),
            Map.entry("tcm.nameZh", NAME_INDEX),
            Map.entry("tcm.pinyin", NAME_INDEX),
            Map.entry("tcm.aliases", NAME_INDEX),
            Map.entry("tcm.note", TEXT),
            Map.entry("tcm.source", PROVENANCE),
            Map.entry("tcm.checked", PROVENANCE));
}
