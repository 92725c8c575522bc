package org.regionalhealth.drugs.ask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.Interaction;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.drugs.labels.LabelBook;
import org.regionalhealth.drugs.labels.LabelSection;
import org.regionalhealth.drugs.search.SearchIndex;
import org.regionalhealth.semantic.Embeddings;

/**
 * Answers a question from the label book and the knowledge base only (issue 8, retrieval-grounded since issue 17):
 *
 * <ol>
 *   <li>red flags, overdose and treatment decisions get a referral (120, the family doctor, a pharmacist) with the
 *       reason, and nothing else;
 *   <li>drugs are found with the search dictionary (names, brands, pinyin, homophones, typos), drug classes and lay
 *       terms with {@link ClassTerms} (头孢, 他汀, 降压药 …);
 *   <li>the intent comes from nearest labelled examples plus the keyword patterns ({@link SemanticIntents});
 *   <li>the stored passages of the named drugs and classes (label sections, knowledge-base facts, class facts) are
 *       ranked by semantic similarity to the question, the intent's section favoured; the answer quotes the
 *       retrieved passages verbatim with their sources. When no passage is similar enough the service says so and
 *       offers a pharmacist. Two drugs or classes asked together get the knowledge base's interaction entries
 *       between them — the same entries the prescription screening engine checks.
 * </ol>
 *
 * Nothing is generated. Thread-safe.
 */
public final class DrugQuestions {

    public static final int MAX_QUESTION_LENGTH = 200;
    /** Below this cosine similarity between question and best passage, nothing relevant was retrieved. */
    static final double GROUNDED = 0.50;
    /** How much a passage of the classified intent's section is favoured (times the intent's confidence). */
    static final double INTENT_BONUS = 0.12;
    /** From this confidence on, the classified intent's section answers even when its passages score low. */
    static final double CONFIDENT = 0.55;
    /** How much better a passage of another section must fit to be quoted first. */
    static final double OTHER_MARGIN = 0.06;
    /** A class with more members than this searches only the members with written label sections. */
    static final int MAX_CLASS_MEMBERS = 30;
    /** A section up to this length is quoted whole; a longer one by its best passages. */
    static final int WHOLE_SECTION = 260;

    static final String REMINDER = "以上内容摘自药品说明书和区域药品知识库（草稿，待药事会审定），仅供参考，不能代替医生或药师的指导。";
    private static final String NOT_FOUND = "知识库中没有找到能回答这个问题的内容。为免误导，AI药师不作推测，建议您咨询药师。";
    private static final Pattern AGE = Pattern.compile("(\\d{1,2}|[一二两三四五六七八九十]{1,3})(岁|周岁|个月)(半)?");

    private final Embeddings embeddings;
    private final ClassTerms classTerms = new ClassTerms();
    private final SemanticIntents intents;
    private final TreatmentDecisions decisions = new TreatmentDecisions();
    private volatile KnowledgeChunks chunks;

    public DrugQuestions(Embeddings embeddings) {
        this.embeddings = embeddings;
        this.intents = new SemanticIntents(embeddings);
    }

    /** One named party of a question: a generic or a class. */
    private record Party(String id, String name, boolean isClass, ClassTerms.Found found) {}

    /** A passage with its scores. */
    private record Scored(KnowledgeChunks.Chunk chunk, double cosine, double score) {}

    /** Embeds the passages of the commonly used generics and of the classes in advance (at start, in background). */
    public void prepare(SearchIndex index, LabelBook labels) {
        var store = chunks(labels);
        for (String id : labels.writtenGenerics()) {
            store.generic(id);
        }
        for (var c : labels.knowledge().classes()) {
            store.classFacts(c.code(), c.nameZh());
        }
        intents.classify("布洛芬怎么吃", "某药怎么吃", 1, s -> mask(s, index, labels.knowledge()));
    }

    private KnowledgeChunks chunks(LabelBook labels) {
        var current = chunks;
        if (current == null || current.labels() != labels) {
            synchronized (this) {
                if (chunks == null || chunks.labels() != labels) {
                    chunks = new KnowledgeChunks(labels, embeddings);
                }
                current = chunks;
            }
        }
        return current;
    }

    /** Answers one question against one consistent index and label book. */
    public Answer ask(String question, SearchIndex index, LabelBook labels) {
        String q = question == null ? "" : question.strip();
        KnowledgeSnapshot kb = labels.knowledge();
        String version = kb.version().version();
        var mentions = recognise(q, index, kb);
        var found = classTerms.find(q, mentions, kb);
        var drugs = mentions.stream()
                .map(m -> new Answer.DrugRef(m.genericId(), m.nameZh(), m.text(), m.how()))
                .toList();
        var classes = found.stream().map(ClassTerms.Found::ref).toList();
        var parties = new ArrayList<Party>();
        drugs.forEach(d -> parties.add(new Party(d.id(), d.nameZh(), false, null)));
        found.forEach(f -> parties.add(new Party(f.code(), f.nameZh(), true, f)));

        var decision = decisions.check(q);
        if (decision.isPresent()) {
            var kind = decision.get().kind();
            return new Answer(
                    q,
                    Intent.UNKNOWN,
                    drugs,
                    kind.answer(),
                    sources(kb, TreatmentDecisions.SOURCES),
                    List.of(),
                    true,
                    kind.code(),
                    List.of(decision.get().words()),
                    version,
                    null,
                    classes,
                    false,
                    kind.referTo(),
                    kind.reason());
        }
        if (parties.isEmpty()) {
            return new Answer(
                    q,
                    Intent.UNKNOWN,
                    drugs,
                    "没有识别出您问的是哪种药品。请写出药品的通用名或商品名（例如“布洛芬孕妇能吃吗”），也可以先在上方搜索药品。",
                    List.of(),
                    List.of(),
                    false,
                    null,
                    List.of(),
                    version,
                    null,
                    classes,
                    false,
                    null,
                    null);
        }
        String masked = mask(q, drugs, found);
        var classification = intents.classify(q, masked, parties.size(), s -> mask(s, index, kb));
        Intent intent = classification.intent();
        if (intent == Intent.UNKNOWN) {
            String names = String.join("、", parties.stream().map(Party::name).toList());
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
                    null,
                    classes,
                    false,
                    null,
                    null);
        }
        var quotes = new ArrayList<Answer.Quote>();
        var text = new StringBuilder();
        boolean grounded;
        var extraSources = new ArrayList<Answer.SourceRef>();
        if (intent == Intent.INTERACTIONS && parties.size() >= 2) {
            pairs(parties, labels, quotes, text);
            grounded = true;
            extraSources.add(new Answer.SourceRef(
                    "KB-" + version, "knowledge_base", "区域药品知识库 " + version, "区卫健局药事管理与药物治疗学委员会（草稿）", null));
        } else {
            grounded = retrieve(
                    canonical(q, drugs, found), parties, intent, classification.confidence(), labels, quotes, text);
        }
        var sourceIds = new LinkedHashSet<String>();
        quotes.forEach(qt -> sourceIds.addAll(qt.sources()));
        if (!quotes.isEmpty()) {
            text.append(REMINDER);
        }
        var sources = new ArrayList<>(sources(kb, sourceIds));
        sources.addAll(extraSources);
        var answer = new Answer(
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
                null,
                classes,
                grounded && !quotes.isEmpty(),
                grounded && !quotes.isEmpty() ? null : "pharmacist",
                grounded && !quotes.isEmpty() ? null : "知识库暂未收录能回答这个问题的内容");
        return safetyAdvice(q, answer, parties, kb);
    }

    /** Drug mentions, without a "generic" that is only a class term (胰岛素 alone is the class, not one insulin). */
    private List<SearchIndex.Mention> recognise(String q, SearchIndex index, KnowledgeSnapshot kb) {
        return classTerms.drugs(q, index.mentions(q), kb);
    }

    private String mask(String text, SearchIndex index, KnowledgeSnapshot kb) {
        var mentions = recognise(text, index, kb);
        var found = classTerms.find(text, mentions, kb);
        var drugs = mentions.stream()
                .map(m -> new Answer.DrugRef(m.genericId(), m.nameZh(), m.text(), m.how()))
                .toList();
        return mask(text, drugs, found);
    }

    private static String mask(String text, List<Answer.DrugRef> drugs, List<ClassTerms.Found> classes) {
        var words = new ArrayList<String>();
        drugs.forEach(d -> words.add(d.matched()));
        classes.forEach(c -> words.add(c.matched()));
        words.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            out = Pattern.compile(Pattern.quote(w), Pattern.CASE_INSENSITIVE)
                    .matcher(out)
                    .replaceAll(SemanticIntents.MASK);
        }
        return out;
    }

    /**
     * The question with every drug and class written by its proper name (toubao → 头孢菌素类, 左氧 → 左氧氟沙星, 头胞 →
     * 头孢菌素类), so that retrieval compares the passages' own words with what was asked.
     */
    static String canonical(String text, List<Answer.DrugRef> drugs, List<ClassTerms.Found> classes) {
        var names = new LinkedHashMap<String, String>();
        drugs.forEach(d -> names.put(d.matched(), d.nameZh()));
        classes.forEach(c -> names.put(c.matched(), c.nameZh()));
        var words = new ArrayList<>(names.keySet());
        words.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String w : words) {
            if (w.isEmpty() || w.equals(names.get(w))) {
                continue;
            }
            out = Pattern.compile(Pattern.quote(w), Pattern.CASE_INSENSITIVE)
                    .matcher(out)
                    .replaceAll(java.util.regex.Matcher.quoteReplacement(names.get(w)));
        }
        return out;
    }

    /** Retrieves and quotes; returns whether anything similar enough was found for every party. */
    private boolean retrieve(
            String q,
            List<Party> parties,
            Intent intent,
            double confidence,
            LabelBook labels,
            List<Answer.Quote> quotes,
            StringBuilder text) {
        var store = chunks(labels);
        float[] qv = embeddings.embed(q);
        LabelSection wanted = intent.section().orElseThrow();
        boolean all = true;
        for (var party : parties) {
            boolean ok = party.isClass()
                    ? classAnswer(qv, party, wanted, confidence, store, quotes, text)
                    : drugAnswer(qv, party, wanted, confidence, store, quotes, text);
            all &= ok;
        }
        return all;
    }

    private static List<Scored> score(
            float[] qv, KnowledgeChunks.Passages passages, LabelSection wanted, double confidence) {
        var out = new ArrayList<Scored>(passages.chunks().size());
        for (int i = 0; i < passages.chunks().size(); i++) {
            var c = passages.chunks().get(i);
            double cos = Embeddings.cosine(qv, passages.vectors().get(i));
            double bonus = c.section().section() == wanted ? INTENT_BONUS * confidence : 0;
            out.add(new Scored(c, cos, cos + bonus));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out;
    }

    private boolean drugAnswer(
            float[] qv,
            Party party,
            LabelSection wanted,
            double confidence,
            KnowledgeChunks store,
            List<Answer.Quote> quotes,
            StringBuilder text) {
        var scored = score(qv, store.generic(party.id()), wanted, confidence);
        var inSection = scored.stream()
                .filter(s -> s.chunk().section().section() == wanted)
                .toList();
        double bestInSection = inSection.isEmpty() ? -1 : inSection.get(0).cosine();
        var bestOther = scored.stream()
                .filter(s -> s.chunk().section().section() != wanted)
                .findFirst()
                .filter(s -> s.cosine() >= GROUNDED);
        if (!inSection.isEmpty()) {
            // a passage of another section that fits the question clearly better comes first (饭前还是饭后 → 注意事项)
            var other = bestOther.filter(s -> s.cosine() > bestInSection + OTHER_MARGIN);
            other.ifPresent(s -> quote(store.labels().knowledge(), List.of(s), false, quotes, text));
            quote(store.labels().knowledge(), inSection, true, quotes, text);
            return confidence >= CONFIDENT || bestInSection >= GROUNDED || other.isPresent();
        }
        if (confidence < CONFIDENT && bestOther.isPresent()) {
            quote(store.labels().knowledge(), List.of(bestOther.get()), false, quotes, text);
            return true;
        }
        text.append("【")
                .append(party.name())
                .append(" · ")
                .append(wanted.titleZh())
                .append("】知识库暂未收录该药的这部分说明书内容，请查看药品包装内的说明书或咨询药师。\n");
        return false;
    }

    private boolean classAnswer(
            float[] qv,
            Party party,
            LabelSection wanted,
            double confidence,
            KnowledgeChunks store,
            List<Answer.Quote> quotes,
            StringBuilder text) {
        var found = party.found();
        var facts = score(qv, store.classFacts(party.id(), party.name()), wanted, confidence).stream()
                .filter(s -> s.cosine() >= GROUNDED)
                .toList();
        // members' passages of the wanted section: which members carry the fact
        var members = found.members();
        if (members.size() > MAX_CLASS_MEMBERS) {
            var common = store.labels().writtenGenerics();
            members = members.stream().filter(common::contains).toList();
        }
        var hits = new ArrayList<Scored>();
        for (String m : members) {
            score(qv, store.generic(m), wanted, confidence).stream()
                    .filter(s -> s.chunk().section().section() == wanted)
                    .findFirst()
                    .filter(s -> s.cosine() >= GROUNDED)
                    .ifPresent(hits::add);
        }
        hits.sort(Comparator.comparingDouble(Scored::score).reversed());
        double best = hits.isEmpty() ? 0 : hits.get(0).score();
        var kept = hits.stream().filter(s -> s.score() >= best - 0.06).limit(5).toList();
        boolean factOnTopic = !facts.isEmpty() && facts.get(0).chunk().section().section() == wanted;
        if (facts.isEmpty() && kept.isEmpty()) {
            text.append("【")
                    .append(party.name())
                    .append("】知识库没有这类药在这方面的统一说明，各品种不尽相同。请告诉我具体药名（例如")
                    .append(String.join(
                            "、",
                            found.members().stream()
                                    .limit(4)
                                    .map(id -> name(store.labels().knowledge(), id))
                                    .toList()))
                    .append("），或咨询药师。\n");
            return false;
        }
        if (!facts.isEmpty()) {
            quote(store.labels().knowledge(), facts.subList(0, 1), true, quotes, text);
        }
        if (!kept.isEmpty()) {
            text.append("知识库中该类药物的以下品种有相关记载：\n");
            quote(store.labels().knowledge(), kept, false, quotes, text);
        }
        return factOnTopic || !kept.isEmpty() || facts.get(0).cosine() >= GROUNDED + 0.1;
    }

    /**
     * Quotes passages grouped by section: the whole section when it is short and {@code whole} is asked, else the
     * passages themselves in their order in the section.
     */
    private static void quote(
            KnowledgeSnapshot kb, List<Scored> passages, boolean whole, List<Answer.Quote> quotes, StringBuilder text) {
        var bySection = new LinkedHashMap<String, List<Scored>>();
        for (var s : passages) {
            var sec = s.chunk().section();
            bySection
                    .computeIfAbsent(sec.genericId() + "/" + sec.section().code(), k -> new ArrayList<>())
                    .add(s);
        }
        for (var group : bySection.values()) {
            var first = group.get(0);
            var sec = first.chunk().section();
            String body;
            if (whole && sec.text().length() <= WHOLE_SECTION) {
                body = sec.text();
            } else {
                var best = group.stream()
                        .filter(s -> s.score() >= first.score() - 0.05)
                        .limit(3)
                        .map(s -> s.chunk().sentence())
                        .toList();
                var ordered = new ArrayList<String>();
                for (var s : group) {
                    if (best.contains(s.chunk().sentence())
                            && !ordered.contains(s.chunk().sentence())) {
                        ordered.add(s.chunk().sentence());
                    }
                }
                ordered.sort(Comparator.comparingInt(sentence -> sec.text().indexOf(sentence)));
                body = String.join("", ordered);
            }
            quotes.add(new Answer.Quote(
                    sec.genericId(),
                    sec.section().code(),
                    sec.section().titleZh(),
                    body,
                    sec.origin(),
                    sec.reviewStatus(),
                    sec.sources(),
                    Math.round(first.cosine() * 1000) / 1000.0));
            text.append("【")
                    .append(first.chunk().ownerName())
                    .append(" · ")
                    .append(sec.section().titleZh())
                    .append("】")
                    .append(body)
                    .append("（来源：")
                    .append(titles(kb, sec.sources()))
                    .append("）\n");
        }
    }

    private static String titles(KnowledgeSnapshot kb, Collection<String> ids) {
        return String.join(
                "；",
                ids.stream()
                        .map(id -> kb.source(id).map(s -> s.title()).orElse(id))
                        .toList());
    }

    private void pairs(List<Party> parties, LabelBook labels, List<Answer.Quote> quotes, StringBuilder text) {
        KnowledgeSnapshot kb = labels.knowledge();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                var a = parties.get(i);
                var b = parties.get(j);
                var found = between(kb, a, b);
                String pair = a.name() + " + " + b.name();
                if (found.isEmpty()) {
                    text.append("【")
                            .append(pair)
                            .append("】知识库（版本 ")
                            .append(kb.version().version())
                            .append("）未收录二者之间的相互作用。未收录不等于一定没有相互作用，合用前请咨询药师。\n");
                    continue;
                }
                for (var it : found) {
                    String body = LabelBook.severityZh(it.severity()) + "。"
                            + (it.mechanism() == null ? "" : it.mechanism())
                            + (it.management() == null ? "" : "。处理：" + it.management());
                    quotes.add(new Answer.Quote(
                            a.id() + "+" + b.id(),
                            "interactions",
                            "药物相互作用 " + it.id(),
                            body,
                            "interaction",
                            "draft",
                            it.source(),
                            1.0));
                    String sides = a.isClass() || b.isClass()
                            ? "（" + labels.partyName(it.a()) + " + " + labels.partyName(it.b()) + "）"
                            : "";
                    text.append("【")
                            .append(pair)
                            .append(" · 药物相互作用】")
                            .append(sides)
                            .append(body)
                            .append("（来源：")
                            .append(titles(kb, it.source()))
                            .append("）\n");
                }
            }
        }
    }

    private static List<Interaction> between(KnowledgeSnapshot kb, Party a, Party b) {
        if (!a.isClass() && !b.isClass()) {
            return kb.interactionsBetween(a.id(), b.id());
        }
        return kb.interactions().stream()
                .filter(it -> (matches(kb, it.a(), a) && matches(kb, it.b(), b))
                        || (matches(kb, it.a(), b) && matches(kb, it.b(), a)))
                .sorted(Comparator.comparing(Interaction::severity))
                .limit(6)
                .toList();
    }

    private static boolean matches(KnowledgeSnapshot kb, Interaction.Party side, Party party) {
        if (!party.isClass()) {
            return party.id().equals(side.drug())
                    || (side.drugClass() != null && kb.classCodesOf(party.id()).contains(side.drugClass()));
        }
        var members = party.found().members();
        if (side.drug() != null) {
            return members.contains(side.drug());
        }
        return party.found().classes().contains(side.drugClass())
                || kb.membersOf(side.drugClass()).stream().anyMatch(g -> members.contains(g.id()))
                        && party.found().classes().stream().anyMatch(c -> isAncestor(kb, side.drugClass(), c));
    }

    private static boolean isAncestor(KnowledgeSnapshot kb, String ancestor, String code) {
        String c = code;
        while (c != null) {
            if (c.equals(ancestor)) {
                return true;
            }
            c = kb.drugClass(c).map(x -> x.parent()).orElse(null);
        }
        return false;
    }

    /**
     * Pregnancy and children below the label's age get advice to see a pharmacist or the family doctor, with the
     * reason, on top of the quoted answer.
     */
    private static Answer safetyAdvice(String q, Answer answer, List<Party> parties, KnowledgeSnapshot kb) {
        if (answer.intent() == Intent.PREGNANCY_LACTATION) {
            return answer.withReferTo("pharmacist", "孕期和哺乳期用药要权衡对胎儿或婴儿的影响，请在医生或药师指导下使用");
        }
        Double age = age(q);
        if (answer.intent() == Intent.CHILDREN || (age != null && age < 18)) {
            for (var p : parties) {
                var generics = p.isClass()
                        ? p.found().members().stream()
                                .map(id -> kb.generic(id).orElse(null))
                                .filter(java.util.Objects::nonNull)
                                .toList()
                        : kb.generic(p.id()).stream().toList();
                for (Generic g : generics) {
                    var limit = childLimit(g);
                    if (limit != null && (age == null || age < limit.years())) {
                        String who = age == null ? "儿童" : LabelBook.num(age) + "岁的孩子";
                        return answer.withReferTo(
                                "family_doctor",
                                "说明书：" + g.nameZh() + LabelBook.num(limit.years()) + "岁以下" + limit.what() + "，" + who
                                        + "用药请先咨询家庭医生或儿科医生");
                    }
                }
            }
            if (answer.intent() == Intent.CHILDREN) {
                return answer.withReferTo("pharmacist", "儿童用药剂量按年龄和体重计算，请在医生或药师指导下使用");
            }
        }
        return answer;
    }

    private record ChildLimit(double years, String what) {}

    private static ChildLimit childLimit(Generic g) {
        var p = g.paediatric();
        if (p != null && p.contraindicatedUnderYears() != null) {
            return new ChildLimit(p.contraindicatedUnderYears(), "禁用");
        }
        if (p != null && p.cautionUnderYears() != null) {
            return new ChildLimit(p.cautionUnderYears(), "慎用或安全性尚未确立");
        }
        if (g.dose() != null
                && g.dose().paediatric() != null
                && g.dose().paediatric().minAgeYears() != null) {
            return new ChildLimit(g.dose().paediatric().minAgeYears(), "无推荐剂量");
        }
        return null;
    }

    /** The age in years a question states (3岁, 两岁半, 8个月), or null. */
    static Double age(String q) {
        var m = AGE.matcher(q);
        if (!m.find()) {
            return null;
        }
        Integer n = number(m.group(1));
        if (n == null) {
            return null;
        }
        double years = m.group(2).equals("个月") ? n / 12.0 : n;
        return m.group(3) != null ? years + 0.5 : years;
    }

    private static Integer number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String digits = "零一二三四五六七八九";
        if (s.equals("两")) {
            return 2;
        }
        if (s.equals("十")) {
            return 10;
        }
        if (s.startsWith("十")) {
            return 10 + digits.indexOf(s.charAt(1));
        }
        if (s.length() == 1) {
            int d = digits.indexOf(s.charAt(0));
            return d < 0 ? null : d;
        }
        if (s.length() >= 2 && s.charAt(1) == '十') {
            int tens = digits.indexOf(s.charAt(0));
            int ones = s.length() == 3 ? digits.indexOf(s.charAt(2)) : 0;
            return tens < 0 ? null : tens * 10 + Math.max(ones, 0);
        }
        return null;
    }

    private static List<Answer.SourceRef> sources(KnowledgeSnapshot kb, Collection<String> ids) {
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
