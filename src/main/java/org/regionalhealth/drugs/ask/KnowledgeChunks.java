package org.regionalhealth.drugs.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.labels.LabelBook;
import org.regionalhealth.drugs.labels.SectionText;
import org.regionalhealth.semantic.Embeddings;

/**
 * The label book cut into passages for retrieval: every section of a generic (written or derived from the knowledge
 * base: dosing, pregnancy, paediatric, renal and elderly limits, contraindications, interactions, the label note)
 * and every class fact, split into sentences. A passage is embedded as "名称 章节：句子" so that it carries its drug
 * and section. Passages and vectors of a generic or class are built on first use and kept (one label book: a new
 * one after a knowledge-base reload starts afresh).
 */
final class KnowledgeChunks {

    /** Sentences shorter than this join the one before (a clause such as "慎用。" says nothing alone). */
    private static final int MIN_SENTENCE = 10;

    /**
     * One passage.
     *
     * @param owner generic id, or class code for a class fact
     * @param ownerName 通用名 or class name
     * @param section the section it belongs to (its text, sources, origin)
     * @param sentence the passage text
     */
    record Chunk(String owner, String ownerName, SectionText section, String sentence) {}

    /** The passages of one generic or class and their unit vectors. */
    record Passages(List<Chunk> chunks, List<float[]> vectors) {}

    private final LabelBook labels;
    private final Embeddings embeddings;
    private final ConcurrentHashMap<String, Passages> cache = new ConcurrentHashMap<>();

    KnowledgeChunks(LabelBook labels, Embeddings embeddings) {
        this.labels = labels;
        this.embeddings = embeddings;
    }

    LabelBook labels() {
        return labels;
    }

    /** Passages of a generic's sections. */
    Passages generic(String id) {
        return cache.computeIfAbsent("g:" + id, k -> {
            String name = labels.knowledge().generic(id).map(Generic::nameZh).orElse(id);
            var chunks = new ArrayList<Chunk>();
            for (var section : labels.sections(id)) {
                split(id, name, section, chunks);
            }
            return embed(chunks);
        });
    }

    /** Passages of the facts written for a whole class. */
    Passages classFacts(String code, String name) {
        return cache.computeIfAbsent("c:" + code, k -> {
            var chunks = new ArrayList<Chunk>();
            for (var fact : labels.classFacts(code)) {
                split(code, name, fact, chunks);
            }
            return embed(chunks);
        });
    }

    int cachedOwners() {
        return cache.size();
    }

    private Passages embed(List<Chunk> chunks) {
        var texts = chunks.stream()
                .map(c -> c.ownerName() + " " + c.section().section().titleZh() + "：" + c.sentence())
                .toList();
        return new Passages(List.copyOf(chunks), texts.isEmpty() ? List.of() : embeddings.embedAll(texts));
    }

    static void split(String owner, String name, SectionText section, List<Chunk> out) {
        var sentences = new ArrayList<String>();
        for (String part : section.text().split("(?<=[。；;！？\\n])")) {
            String t = part.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!sentences.isEmpty()
                    && (t.length() < MIN_SENTENCE
                            || sentences.get(sentences.size() - 1).length() < MIN_SENTENCE)) {
                sentences.set(sentences.size() - 1, sentences.get(sentences.size() - 1) + t);
            } else {
                sentences.add(t);
            }
        }
        for (String s : sentences) {
            out.add(new Chunk(owner, name, section, s));
        }
    }
}
