package org.regionalhealth.drugs.ask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.drugs.labels.LabelBook;
import org.regionalhealth.drugs.labels.LabelSection;
import org.regionalhealth.drugs.labels.SectionText;
import org.regionalhealth.drugs.search.SearchIndex;

/**
 * Answers a question from the label book and the knowledge base only: (1) a treatment decision gets a referral and
 * nothing else; (2) the drugs are found with the search dictionary (names, brands, pinyin, homophones, typos);
 * (3) the intent is classified by keyword patterns; (4) the answer quotes the matching label section of each drug,
 * or, for two or more drugs, the knowledge base's interaction entries between each pair — the same entries the
 * prescription screening engine checks. Nothing is generated: a fact that is not stored is reported as missing.
 */
public final class DrugQuestions {

    public static final int MAX_QUESTION_LENGTH = 200;
    private static final String REMINDER = "以上内容摘自药品说明书和区域药品知识库（草稿，待药事会审定），仅供参考，不能代替医生或药师的指导。";

    private final IntentClassifier classifier = new IntentClassifier();
    private final TreatmentDecisions decisions = new TreatmentDecisions();

    /** Answers one question against one consistent index and label book. */
    public Answer ask(String question, SearchIndex index, LabelBook labels) {
        String q = question == null ? "" : question.strip();
        KnowledgeSnapshot kb = labels.knowledge();
        String version = kb.version().version();
        var mentions = index.mentions(q);
        var drugs = mentions.stream()
                .map(m -> new Answer.DrugRef(m.genericId(), m.nameZh(), m.text(), m.how()))
                .toList();
        var classification = classifier.classify(q, drugs.size());
        var decision = decisions.check(q);
        if (decision.isPresent()) {
            var kind = decision.get().kind();
            return new Answer(
                    q,
                    classification.intent(),
                    drugs,
                    kind.answer(),
                    sources(kb, TreatmentDecisions.SOURCES),
                    List.of(),
                    true,
                    kind.code(),
                    List.of(decision.get().words()),
                    version,
                    null);
        }
        Intent intent = classification.intent();
        if (drugs.isEmpty()) {
            return new Answer(
                    q,
                    intent,
                    drugs,
                    "没有识别出您问的是哪种药品。请写出药品的通用名或商品名（例如“布洛芬孕妇能吃吗”），也可以先在上方搜索药品。",
                    List.of(),
                    List.of(),
                    false,
                    null,
                    classification.evidence(),
                    version,
                    null);
        }
        if (intent == Intent.UNKNOWN) {
            String names =
                    String.join("、", drugs.stream().map(Answer.DrugRef::nameZh).toList());
            return new Answer(
                    q,
                    intent,
                    drugs,
                    "请问您想了解" + names + "的哪方面：适应症、用法用量、禁忌、不良反应、注意事项、孕妇及哺乳期用药、儿童用药、老年用药、药物相互作用还是贮藏？",
                    List.of(),
                    List.of(),
                    false,
                    null,
                    List.of(),
                    version,
                    null);
        }
        var quotes = new ArrayList<Answer.Quote>();
        var text = new StringBuilder();
        if (intent == Intent.INTERACTIONS && drugs.size() >= 2) {
            pairs(drugs, labels, quotes, text);
        } else {
            LabelSection section = intent.section().orElseThrow();
            for (var d : drugs) {
                var found = labels.section(d.id(), section);
                if (found.isPresent()) {
                    quotes.add(quote(found.get()));
                    text.append("【")
                            .append(d.nameZh())
                            .append(" · ")
                            .append(section.titleZh())
                            .append("】")
                            .append(found.get().text())
                            .append("（来源：")
                            .append(titles(kb, found.get().sources()))
                            .append("）\n");
                } else {
                    text.append("【")
                            .append(d.nameZh())
                            .append(" · ")
                            .append(section.titleZh())
                            .append("】")
                            .append("知识库暂未收录该药的这部分说明书内容，请查看药品包装内的说明书或咨询药师。\n");
                }
            }
        }
        var sourceIds = new LinkedHashSet<String>();
        quotes.forEach(qt -> sourceIds.addAll(qt.sources()));
        if (!quotes.isEmpty()) {
            text.append(REMINDER);
        }
        var sources = new ArrayList<>(sources(kb, sourceIds));
        if (intent == Intent.INTERACTIONS && drugs.size() >= 2) {
            // "not recorded" is itself a statement of the knowledge base: cite the version it was checked against
            sources.add(new Answer.SourceRef(
                    "KB-" + version, "knowledge_base", "区域药品知识库 " + version, "区卫健局药事管理与药物治疗学委员会（草稿）", null));
        }
        return new Answer(
                q,
                intent,
                drugs,
                text.toString().strip(),
                List.copyOf(sources),
                List.copyOf(quotes),
                false,
                null,
                classification.evidence(),
                version,
                null);
    }

    private static void pairs(
            List<Answer.DrugRef> drugs, LabelBook labels, List<Answer.Quote> quotes, StringBuilder text) {
        KnowledgeSnapshot kb = labels.knowledge();
        for (int i = 0; i < drugs.size(); i++) {
            for (int j = i + 1; j < drugs.size(); j++) {
                var a = drugs.get(i);
                var b = drugs.get(j);
                var found = kb.interactionsBetween(a.id(), b.id());
                String pair = a.nameZh() + " + " + b.nameZh();
                if (found.isEmpty()) {
                    text.append("【")
                            .append(pair)
                            .append("】知识库（版本 ")
                            .append(kb.version().version())
                            .append("）未收录二者之间的相互作用。未收录不等于一定没有相互作用，合用前请咨询药师。\n");
                    continue;
                }
                for (var it : found) {
                    String body =
                            LabelBook.severityZh(it.severity()) + "。" + (it.mechanism() == null ? "" : it.mechanism())
                                    + (it.management() == null ? "" : "。处理：" + it.management());
                    quotes.add(new Answer.Quote(
                            a.id() + "+" + b.id(),
                            "interactions",
                            "药物相互作用 " + it.id(),
                            body,
                            "interaction",
                            "draft",
                            it.source()));
                    text.append("【")
                            .append(pair)
                            .append(" · 药物相互作用】")
                            .append(body)
                            .append("（来源：")
                            .append(titles(kb, it.source()))
                            .append("）\n");
                }
            }
        }
    }

    private static Answer.Quote quote(SectionText s) {
        return new Answer.Quote(
                s.genericId(),
                s.section().code(),
                s.section().titleZh(),
                s.text(),
                s.origin(),
                s.reviewStatus(),
                s.sources());
    }

    private static String titles(KnowledgeSnapshot kb, java.util.Collection<String> ids) {
        return String.join(
                "；",
                ids.stream()
                        .map(id -> kb.source(id).map(s -> s.title()).orElse(id))
                        .toList());
    }

    private static List<Answer.SourceRef> sources(KnowledgeSnapshot kb, java.util.Collection<String> ids) {
        return ids.stream()
                .map(id -> kb.source(id)
                        .map(s -> new Answer.SourceRef(s.id(), s.kind(), s.title(), s.issuer(), s.number()))
                        .orElse(new Answer.SourceRef(id, "unknown", id, null, null)))
                .toList();
    }

    /** Display name of a generic id. */
    static String name(KnowledgeSnapshot kb, String id) {
        return kb.generic(id).map(Generic::nameZh).orElse(id);
    }
}
