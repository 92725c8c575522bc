package org.regionalhealth.drugs.ask;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.drugs.search.DrugText;
import org.regionalhealth.drugs.search.SearchIndex;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Class and lay terms of questions ({@code drugs/ask/class-terms.yaml}): 头孢 → cephalosporins, 他汀 → statins,
 * 降压药 → the antihypertensive classes. A term inside a longer drug name (头孢克肟, 辛伐他汀) is that drug, not the
 * class; a term written with the same pinyin (头包, 头胞) or as pinyin (toubao) counts. A class contained in a lay
 * group also named (沙坦类降压药) is kept, the group dropped.
 */
final class ClassTerms {

    static final String RESOURCE = "/drugs/ask/class-terms.yaml";

    /** A recognised class: code, Chinese name, matched words, member generic ids (sorted), member class codes. */
    record Found(String code, String nameZh, String matched, List<String> members, Set<String> classes) {
        Answer.ClassRef ref() {
            return new Answer.ClassRef(code, nameZh, matched, members);
        }
    }

    private record Term(String term, String code, Set<String> pinyin) {}

    private record Group(String code, String nameZh, List<String> classes) {}

    private record ShortName(String term, String generic) {}

    private final List<Term> terms = new ArrayList<>();
    private final List<ShortName> shortNames = new ArrayList<>();
    private final List<String> everydayWords = new ArrayList<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    ClassTerms() {
        try (InputStream in = ClassTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            for (var g : (List<Map<String, Object>>) root.getOrDefault("groups", List.of())) {
                var code = String.valueOf(g.get("code"));
                groups.put(
                        code,
                        new Group(
                                code,
                                String.valueOf(g.get("nameZh")),
                                ((List<Object>) g.get("classes"))
                                        .stream().map(String::valueOf).toList()));
            }
            for (var t : (List<Map<String, Object>>) root.get("terms")) {
                String term = String.valueOf(t.get("term"));
                terms.add(new Term(term, String.valueOf(t.get("class")), DrugText.pinyinVariants(term)));
            }
            for (var t : (List<Map<String, Object>>) root.getOrDefault("shortNames", List.of())) {
                shortNames.add(new ShortName(String.valueOf(t.get("term")), String.valueOf(t.get("generic"))));
            }
            ((List<Object>) root.getOrDefault("everydayWords", List.of()))
                    .forEach(w -> everydayWords.add(String.valueOf(w)));
            shortNames.sort(
                    (a, b) -> Integer.compare(b.term().length(), a.term().length()));
            // longest terms first, so 头孢菌素 wins over 头孢
            terms.sort((a, b) -> Integer.compare(b.term().length(), a.term().length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a word is exactly a class term (then it names the class, not a generic that has it as alias). */
    boolean isTerm(String word) {
        String w = DrugText.normalise(word);
        return terms.stream().anyMatch(t -> t.term().equals(w));
    }

    /**
     * Keeps the drug mentions that are drugs: a mention found by a typo or a homophone is dropped when its words
     * contain a class term (出门胰岛素 is not 门冬胰岛素, 老年人用胰岛素 is not 人胰岛素: the class is meant) or lie inside an
     * everyday word (葡萄柚 is not 葡萄糖). Then short names (左氧) add the generics they stand for where nothing else
     * was found.
     */
    List<SearchIndex.Mention> drugs(String question, List<SearchIndex.Mention> mentions, KnowledgeSnapshot kb) {
        String text = DrugText.normalise(question);
        var out = new ArrayList<SearchIndex.Mention>();
        for (var m : mentions) {
            if (isTerm(m.text())) {
                continue;
            }
            if (!m.how().equals("exact")) {
                String words = DrugText.normalise(m.text());
                boolean classInside = terms.stream().anyMatch(t -> words.contains(t.term()));
                boolean everyday = everydayWords.stream().anyMatch(w -> overlaps(text, words, w));
                if (classInside || everyday) {
                    continue;
                }
            }
            out.add(m);
        }
        boolean[] taken = new boolean[text.length()];
        for (var m : out) {
            markAll(text, DrugText.normalise(m.text()), taken);
        }
        for (var s : shortNames) {
            int at = text.indexOf(s.term());
            if (at >= 0
                    && free(taken, at, s.term().length())
                    && out.stream().noneMatch(m -> m.genericId().equals(s.generic()))) {
                var generic = kb.generic(s.generic());
                if (generic.isPresent()) {
                    mark(taken, at, s.term().length());
                    out.add(new SearchIndex.Mention(s.generic(), generic.get().nameZh(), s.term(), "简称"));
                }
            }
        }
        return out;
    }

    /** Whether the occurrence of {@code words} in {@code text} overlaps an occurrence of {@code word}. */
    private static boolean overlaps(String text, String words, String word) {
        int a = text.indexOf(words);
        while (a >= 0) {
            int b = text.indexOf(word);
            while (b >= 0) {
                if (a < b + word.length() && b < a + words.length()) {
                    return true;
                }
                b = text.indexOf(word, b + 1);
            }
            a = text.indexOf(words, a + 1);
        }
        return false;
    }

    private static void markAll(String text, String words, boolean[] taken) {
        if (words.isEmpty()) {
            return;
        }
        int at = text.indexOf(words);
        while (at >= 0) {
            mark(taken, at, words.length());
            at = text.indexOf(words, at + 1);
        }
    }

    /** Checks every class code against the knowledge base; returns the problems. */
    List<String> check(KnowledgeSnapshot kb) {
        var problems = new ArrayList<String>();
        for (var t : terms) {
            if (!groups.containsKey(t.code()) && kb.drugClass(t.code()).isEmpty()) {
                problems.add(t.term() + ": unknown class " + t.code());
            }
        }
        shortNames.stream()
                .filter(n -> kb.generic(n.generic()).isEmpty())
                .forEach(n -> problems.add(n.term() + ": unknown generic " + n.generic()));
        groups.values().forEach(g -> g.classes().stream()
                .filter(c -> kb.drugClass(c).isEmpty())
                .forEach(c -> problems.add(g.code() + ": unknown class " + c)));
        return problems;
    }

    /**
     * The classes a question names.
     *
     * @param question the question as asked
     * @param drugs the generics recognised in it (their matched words mask the terms inside them)
     */
    List<Found> find(String question, List<SearchIndex.Mention> drugs, KnowledgeSnapshot kb) {
        String text = DrugText.normalise(question);
        boolean[] taken = new boolean[text.length()];
        for (var m : drugs) {
            String words = DrugText.normalise(m.text());
            int at = text.indexOf(words);
            while (at >= 0) {
                for (int k = at; k < at + words.length(); k++) {
                    taken[k] = true;
                }
                at = text.indexOf(words, at + 1);
            }
        }
        var found = new LinkedHashMap<String, Found>();
        for (var t : terms) {
            int at = text.indexOf(t.term());
            while (at >= 0) {
                if (free(taken, at, t.term().length())) {
                    mark(taken, at, t.term().length());
                    found.putIfAbsent(t.code(), resolve(t.code(), t.term(), kb));
                }
                at = text.indexOf(t.term(), at + 1);
            }
        }
        // the same pinyin (头包, 头胞) among the Han characters not yet taken
        for (var t : terms) {
            int n = t.term().length();
            for (int i = 0; i + n <= text.length(); i++) {
                if (!free(taken, i, n)) {
                    continue;
                }
                String sub = text.substring(i, i + n);
                if (DrugText.allHan(sub) && !sub.equals(t.term())) {
                    var readings = DrugText.pinyinVariants(sub);
                    if (readings.stream().anyMatch(t.pinyin()::contains)) {
                        mark(taken, i, n);
                        found.putIfAbsent(t.code(), resolve(t.code(), sub, kb));
                    }
                }
            }
        }
        // full pinyin typed in Latin letters (toubao), as a run of letters without spaces
        String latin = text.replaceAll("[^a-z]", "");
        if (!latin.isEmpty()) {
            for (var t : terms) {
                for (String p : t.pinyin()) {
                    if (p.length() >= 5 && latin.contains(p)) {
                        found.putIfAbsent(t.code(), resolve(t.code(), p, kb));
                    }
                }
            }
        }
        // a class inside a named group makes the group redundant (沙坦类降压药 → 沙坦类)
        var out = new ArrayList<>(found.values());
        out.removeIf(f -> groups.containsKey(f.code())
                && out.stream().anyMatch(o -> o != f && f.classes().containsAll(o.classes())));
        return out;
    }

    private Found resolve(String code, String matched, KnowledgeSnapshot kb) {
        var group = groups.get(code);
        var classes = new LinkedHashSet<String>(group == null ? List.of(code) : group.classes());
        var members = new LinkedHashSet<String>();
        for (String c : classes) {
            kb.membersOf(c).stream().map(Generic::id).forEach(members::add);
        }
        String name = group != null
                ? group.nameZh()
                : kb.drugClass(code).map(c -> c.nameZh()).orElse(code);
        return new Found(code, name, matched, members.stream().sorted().toList(), Set.copyOf(classes));
    }

    private static boolean free(boolean[] taken, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int from, int length) {
        for (int k = from; k < from + length; k++) {
            taken[k] = true;
        }
    }
}
