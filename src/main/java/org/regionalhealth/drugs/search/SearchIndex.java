package org.regionalhealth.drugs.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.drugs.catalogue.ApprovalNumber;
import org.regionalhealth.drugs.catalogue.Product;
import org.regionalhealth.drugs.catalogue.ProductNames;

/**
 * The in-memory product search index: an immutable dictionary of every name people type for a drug (通用名, 商品名,
 * 产品名称, English name, full pinyin, initials, 生产企业) pointing at the products it stands for, plus exact maps for
 * approval numbers, barcodes and insurance codes.
 *
 * <p>Matching, strongest first: exact name; dosage-form and manufacturer words inside a Chinese query found by
 * forward maximum matching against the dictionary (our word segmentation: drug names are exactly the words a general
 * segmenter gets wrong); prefix; same pinyin (homophone typos such as 布落芬, the most common IME error); substring;
 * edit distance 1 (2 for pinyin of six letters or more) through a deletion neighbourhood. The dictionary has about
 * ten thousand keys whatever the catalogue size, so a query costs the same at 3,000 or 250,000 products; products
 * are only walked to fill the requested page.
 */
public final class SearchIndex {

    private static final int[] NO_PRODUCTS = new int[0];
    private static final int MAX_PREFIX_KEYS = 300;

    private final KnowledgeSnapshot kb;
    private final Product[] products;
    private final Map<Long, Integer> positionById = new HashMap<>();
    private final Map<String, int[]> byApproval = new HashMap<>();
    private final Map<String, Integer> byBarcode = new HashMap<>();
    private final Map<String, int[]> byInsuranceCode = new HashMap<>();
    private final Map<String, List<Term>> exact = new HashMap<>();
    private final NavigableMap<String, List<Term>> sorted = new TreeMap<>();
    private final Map<String, List<Term>> deletions = new HashMap<>();
    private final List<Term> hanTerms = new ArrayList<>();
    private final List<Term> longLatinTerms = new ArrayList<>();
    private final Set<String> common;
    private final int maxKeyLength;

    private SearchIndex(KnowledgeSnapshot kb, List<Product> catalogue, Set<String> common) {
        this.kb = kb;
        this.common = Set.copyOf(common);
        this.products = catalogue.toArray(Product[]::new);
        // best first within a generic: real before generated, branded first, 甲 before 乙 before 丙, then id
        Arrays.sort(
                products,
                Comparator.comparing(Product::genericId)
                        .thenComparing(Product::generated)
                        .thenComparing(p -> p.brand() == null)
                        .thenComparing(p -> p.insuranceClass() == null
                                ? 9
                                : p.insuranceClass().ordinal())
                        .thenComparingLong(Product::id));
        var byGeneric = new HashMap<String, IntList>();
        var byProductName = new HashMap<String, IntList>();
        var byMaker = new LinkedHashMap<String, IntList>();
        var byBrand = new HashMap<String, IntList>();
        var approvals = new HashMap<String, IntList>();
        var insurance = new HashMap<String, IntList>();
        var forms = new HashSet<String>();
        for (int i = 0; i < products.length; i++) {
            var p = products[i];
            positionById.put(p.id(), i);
            byGeneric.computeIfAbsent(p.genericId(), k -> new IntList()).add(i);
            byProductName
                    .computeIfAbsent(p.genericId() + "|" + p.form(), k -> new IntList())
                    .add(i);
            byMaker.computeIfAbsent(p.manufacturer(), k -> new IntList()).add(i);
            if (p.brand() != null) {
                byBrand.computeIfAbsent(p.genericId() + "|" + p.brand(), k -> new IntList())
                        .add(i);
            }
            approvals.computeIfAbsent(p.approvalNumber(), k -> new IntList()).add(i);
            if (p.insuranceCode() != null) {
                insurance.computeIfAbsent(p.insuranceCode(), k -> new IntList()).add(i);
            }
            byBarcode.putIfAbsent(p.barcode(), i);
            forms.add(p.form());
        }
        approvals.forEach((k, v) -> byApproval.put(k, v.toArray()));
        insurance.forEach((k, v) -> byInsuranceCode.put(k, v.toArray()));

        for (Generic g : kb.generics()) {
            int[] all = byGeneric.containsKey(g.id()) ? byGeneric.get(g.id()).toArray() : NO_PRODUCTS;
            add(Term.Kind.NAME, g.nameZh(), g.id(), g.nameZh(), all);
            if (g.nameEn() != null) {
                add(Term.Kind.ENGLISH, g.nameEn(), g.id(), g.nameEn(), all);
            }
            add(Term.Kind.ENGLISH, g.id(), g.id(), g.nameEn() == null ? g.id() : g.nameEn(), all);
            add(Term.Kind.PINYIN, g.pinyin(), g.id(), g.nameZh(), all);
            DrugText.pinyinVariants(g.nameZh()).forEach(v -> add(Term.Kind.PINYIN, v, g.id(), g.nameZh(), all));
            DrugText.initialVariants(g.nameZh()).forEach(v -> add(Term.Kind.INITIALS, v, g.id(), g.nameZh(), all));
            for (String alias : g.aliases()) {
                if (DrugText.hasHan(alias)) {
                    var branded = byBrand.get(g.id() + "|" + alias);
                    int[] ranked = branded == null ? all : brandFirst(branded.toArray(), all);
                    add(Term.Kind.BRAND, alias, g.id(), alias, ranked);
                    DrugText.pinyinVariants(alias).forEach(v -> add(Term.Kind.PINYIN, v, g.id(), alias, ranked));
                    DrugText.initialVariants(alias).forEach(v -> add(Term.Kind.INITIALS, v, g.id(), alias, ranked));
                } else {
                    add(Term.Kind.ENGLISH, alias, g.id(), alias, all);
                }
            }
        }
        byProductName.forEach((key, list) -> {
            var p = products[list.get(0)];
            String name = kb.generic(p.genericId())
                    .map(g -> ProductNames.of(g.nameZh(), p.form()))
                    .orElse(p.name());
            add(Term.Kind.PRODUCT_NAME, name, p.genericId(), name, list.toArray());
            if (!name.equals(p.name())) {
                add(Term.Kind.PRODUCT_NAME, p.name(), p.genericId(), p.name(), list.toArray());
            }
        });
        byBrand.forEach((key, list) -> {
            var p = products[list.get(0)];
            if (!exact.containsKey(DrugText.normalise(p.brand()))) {
                add(Term.Kind.BRAND, p.brand(), p.genericId(), p.brand(), list.toArray());
            }
        });
        byMaker.forEach((maker, list) -> add(Term.Kind.MANUFACTURER, maker, null, maker, list.toArray()));
        for (String form : forms) {
            add(Term.Kind.FORM, form, null, form, NO_PRODUCTS);
        }
        for (String form : List.of("片", "胶囊", "注射液", "颗粒", "针剂")) {
            add(Term.Kind.FORM, form, null, form, NO_PRODUCTS);
        }
        int longest = 0;
        for (var entry : exact.entrySet()) {
            String key = entry.getKey();
            longest = Math.max(longest, key.length());
            sorted.put(key, entry.getValue());
            boolean han = DrugText.hasHan(key);
            for (Term t : entry.getValue()) {
                if (han && t.kind() != Term.Kind.FORM) {
                    hanTerms.add(t);
                } else if (!han && key.length() >= 6 && t.kind() == Term.Kind.PINYIN || t.kind() == Term.Kind.ENGLISH) {
                    longLatinTerms.add(t);
                }
            }
            if (key.length() >= 3) {
                for (String d : DrugText.deletions(key)) {
                    deletions.computeIfAbsent(d, k -> new ArrayList<>()).addAll(entry.getValue());
                }
            }
        }
        this.maxKeyLength = longest;
    }

    /** Builds the index of a catalogue; {@code common} generics (those with written label sections) rank first on ties. */
    public static SearchIndex build(KnowledgeSnapshot kb, List<Product> catalogue, Set<String> common) {
        return new SearchIndex(kb, catalogue, common);
    }

    public KnowledgeSnapshot knowledge() {
        return kb;
    }

    public int size() {
        return products.length;
    }

    public int dictionarySize() {
        return exact.size();
    }

    public Optional<Product> product(long id) {
        Integer at = positionById.get(id);
        return at == null ? Optional.empty() : Optional.of(products[at]);
    }

    /** Other products of the same generic, best first. */
    public List<Product> productsOf(String genericId, int limit) {
        var terms = exact.getOrDefault(DrugText.normalise(genericId), List.of());
        return terms.stream()
                .filter(t -> t.kind() == Term.Kind.ENGLISH && genericId.equals(t.genericId()))
                .findFirst()
                .map(t -> Arrays.stream(t.products())
                        .limit(limit)
                        .mapToObj(i -> products[i])
                        .toList())
                .orElse(List.of());
    }

    private void add(Term.Kind kind, String text, String genericId, String label, int[] ids) {
        String key = DrugText.normalise(text);
        if (key.isEmpty()) {
            return;
        }
        var list = exact.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Term t : list) {
            if (t.kind() == kind && java.util.Objects.equals(t.genericId(), genericId)) {
                return;
            }
        }
        list.add(new Term(key, kind, genericId, label, ids));
    }

    private static int[] brandFirst(int[] branded, int[] all) {
        var seen = new HashSet<Integer>();
        var out = new IntList();
        for (int i : branded) {
            if (seen.add(i)) {
                out.add(i);
            }
        }
        for (int i : all) {
            if (seen.add(i)) {
                out.add(i);
            }
        }
        return out.toArray();
    }

    // ---------------------------------------------------------------- search

    /** Ranked products for a query. */
    public SearchResult search(String query, SearchFilters filters, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return SearchResult.empty(q);
        }
        var byCode = codeLookup(q);
        if (byCode != null) {
            return byCode;
        }
        var pieces = new ArrayList<String>();
        // "bu luo fen": pinyin typed with spaces is one name
        String[] tokens = q.matches("[A-Za-z ]+") ? new String[] {q} : q.split("[\\s,，、;；/]+");
        for (String token : tokens) {
            String t = DrugText.normalise(token);
            if (t.isEmpty()) {
                continue;
            }
            if (!exact.containsKey(t) && DrugText.hasHan(t)) {
                var segmented = segment(t);
                pieces.addAll(segmented.isEmpty() ? List.of(t) : segmented);
            } else {
                pieces.add(t);
            }
        }
        var drugMatches = new LinkedHashMap<Term, Match>();
        var makerMatches = new LinkedHashMap<Term, Match>();
        var formFilters = new ArrayList<String>();
        for (String piece : pieces) {
            var found = resolve(piece);
            if (exact.getOrDefault(piece, List.of()).stream().anyMatch(t -> t.kind() == Term.Kind.FORM)) {
                formFilters.add(piece);
                continue;
            }
            for (var m : found) {
                if (m.term.kind() == Term.Kind.FORM) {
                    continue;
                } else if (m.term.kind().namesDrug()) {
                    drugMatches.merge(m.term, m, (a, b) -> a.score >= b.score ? a : b);
                } else {
                    makerMatches.merge(m.term, m, (a, b) -> a.score >= b.score ? a : b);
                }
            }
        }
        var targets = new ArrayList<>(drugMatches.isEmpty() ? makerMatches.values() : drugMatches.values());
        if (targets.isEmpty()) {
            return SearchResult.empty(q);
        }
        Set<String> makers = drugMatches.isEmpty() || makerMatches.isEmpty()
                ? Set.of()
                : makerMatches.values().stream()
                        .filter(m -> m.score >= 60)
                        .map(m -> m.term.label())
                        .collect(java.util.stream.Collectors.toSet());
        targets.sort(Comparator.<Match>comparingInt(m -> -m.score)
                .thenComparing(m -> m.term.genericId() == null || !common.contains(m.term.genericId()))
                .thenComparingInt(m -> m.term.key().length())
                .thenComparing(m -> m.term.key()));
        var generics = new LinkedHashMap<String, SearchResult.GenericMatch>();
        for (var m : targets) {
            if (m.term.genericId() != null) {
                generics.computeIfAbsent(
                        m.term.genericId(),
                        id -> new SearchResult.GenericMatch(
                                id, kb.generic(id).map(Generic::nameZh).orElse(id), m.score, m.how));
            }
        }
        return new SearchResult(
                q, List.copyOf(generics.values()), collect(targets, filters, formFilters, makers, limit));
    }

    private List<SearchHit> collect(
            List<Match> targets, SearchFilters filters, List<String> forms, Set<String> makers, int limit) {
        var hits = new ArrayList<SearchHit>();
        var seen = new HashSet<Integer>();
        int from = 0;
        while (from < targets.size() && hits.size() < limit) {
            int tier = tier(targets.get(from).score);
            int to = from;
            while (to < targets.size() && tier(targets.get(to).score) == tier) {
                to++;
            }
            // round robin inside a tier: the best product of each matched name before the second of any
            int[] cursor = new int[to - from];
            boolean progress = true;
            while (progress && hits.size() < limit) {
                progress = false;
                for (int t = from; t < to && hits.size() < limit; t++) {
                    var m = targets.get(t);
                    int[] ids = m.term.products();
                    int c = cursor[t - from];
                    while (c < ids.length) {
                        int idx = ids[c++];
                        var p = products[idx];
                        if (filters.accepts(p)
                                && forms.stream().allMatch(f -> p.form().contains(f))
                                && (makers.isEmpty() || makers.contains(p.manufacturer()))
                                && seen.add(idx)) {
                            hits.add(new SearchHit(p, genericName(p.genericId()), m.score, m.how));
                            progress = true;
                            break;
                        }
                    }
                    cursor[t - from] = c;
                }
            }
            from = to;
        }
        return hits;
    }

    private static int tier(int score) {
        return score >= 90 ? 0 : score >= 70 ? 1 : 2;
    }

    private String genericName(String id) {
        return kb.generic(id).map(Generic::nameZh).orElse(id);
    }

    private SearchResult codeLookup(String q) {
        String compact = q.replaceAll("\\s+", "");
        if (ApprovalNumber.looksLikeOne(compact)) {
            int[] ids = byApproval.getOrDefault(ApprovalNumber.withPrefix(compact), NO_PRODUCTS);
            return codeResult(q, ids, "批准文号");
        }
        if (compact.matches("\\d{13}")) {
            Integer at = byBarcode.get(compact);
            return codeResult(q, at == null ? NO_PRODUCTS : new int[] {at}, "条码");
        }
        if (compact.matches("[XZxz][A-Za-z0-9]{9,25}")
                && compact.chars().filter(Character::isDigit).count() >= 6) {
            return codeResult(q, byInsuranceCode.getOrDefault(compact.toUpperCase(), NO_PRODUCTS), "医保代码");
        }
        return null;
    }

    private SearchResult codeResult(String q, int[] ids, String how) {
        var hits = new ArrayList<SearchHit>();
        var generics = new LinkedHashMap<String, SearchResult.GenericMatch>();
        for (int i : ids) {
            var p = products[i];
            String name = genericName(p.genericId());
            hits.add(new SearchHit(p, name, 100, how));
            generics.putIfAbsent(p.genericId(), new SearchResult.GenericMatch(p.genericId(), name, 100, how));
        }
        return new SearchResult(q, List.copyOf(generics.values()), hits);
    }

    /** Forward maximum matching of a Chinese query against the dictionary; unknown runs are kept as pieces. */
    List<String> segment(String text) {
        var out = new ArrayList<String>();
        var residue = new StringBuilder();
        boolean anyKey = false;
        int i = 0;
        while (i < text.length()) {
            int matched = 0;
            for (int len = Math.min(maxKeyLength, text.length() - i); len >= 1; len--) {
                String sub = text.substring(i, i + len);
                if (exact.containsKey(sub) && (len >= 2 || isFormKey(sub))) {
                    matched = len;
                    break;
                }
            }
            if (matched == 0) {
                residue.append(text.charAt(i));
                i++;
            } else {
                if (residue.length() > 0) {
                    out.add(residue.toString());
                    residue.setLength(0);
                }
                out.add(text.substring(i, i + matched));
                anyKey = true;
                i += matched;
            }
        }
        if (residue.length() > 0) {
            out.add(residue.toString());
        }
        return anyKey ? out : List.of();
    }

    private boolean isFormKey(String key) {
        return exact.get(key).stream().anyMatch(t -> t.kind() == Term.Kind.FORM);
    }

    /** A term a query piece matched, with its score and how. */
    static final class Match {
        final Term term;
        final int score;
        final String how;

        Match(Term term, int score, String how) {
            this.term = term;
            this.score = score;
            this.how = how;
        }
    }

    /** Every term a piece of a query matches, with scores. */
    List<Match> resolve(String piece) {
        var out = new LinkedHashMap<Term, Match>();
        boolean han = DrugText.hasHan(piece);
        for (Term t : exact.getOrDefault(piece, List.of())) {
            put(out, t, t.kind().score, how(t, "exact"));
        }
        if (han && piece.length() >= 2 && DrugText.allHan(piece)) {
            for (String v : DrugText.pinyinVariants(piece)) {
                for (Term t : exact.getOrDefault(v, List.of())) {
                    if (t.kind() == Term.Kind.PINYIN) {
                        put(out, t, 85, "同音 " + piece + "→" + t.label());
                    }
                }
            }
        }
        if (piece.length() >= (han ? 1 : 2)) {
            int n = 0;
            for (var e : sorted.subMap(piece, false, piece + Character.MAX_VALUE, false)
                    .entrySet()) {
                if (++n > MAX_PREFIX_KEYS) {
                    break;
                }
                int extra = Math.min(10, e.getKey().length() - piece.length());
                for (Term t : e.getValue()) {
                    put(out, t, t.kind().score - 10 - extra, how(t, "prefix"));
                }
            }
        }
        if (han && piece.length() >= 2) {
            for (Term t : hanTerms) {
                if (t.key().length() > piece.length()
                        && t.key().contains(piece)
                        && !t.key().startsWith(piece)) {
                    put(out, t, t.kind().score - 35, how(t, "contains"));
                }
            }
        }
        // short Latin queries are initials, where one wrong letter is common ("bls" for 布洛芬 blf): always look
        // one edit away too, so the intended drug is listed after any exact match
        boolean shortLatin = !han && piece.length() <= 4;
        if (piece.length() >= 3 && (shortLatin || out.values().stream().noneMatch(m -> m.score >= 90))) {
            int max = !han && piece.length() >= 6 ? 2 : 1;
            var candidates = new HashSet<Term>();
            candidates.addAll(deletions.getOrDefault(piece, List.of()));
            for (String d : DrugText.deletions(piece)) {
                candidates.addAll(exact.getOrDefault(d, List.of()));
                candidates.addAll(deletions.getOrDefault(d, List.of()));
            }
            if (max == 2 && candidates.isEmpty()) {
                candidates.addAll(longLatinTerms);
            }
            for (Term t : candidates) {
                int d = DrugText.distance(piece, t.key(), max);
                if (d <= max && d > 0 && t.key().length() >= 2) {
                    put(out, t, t.kind().score - 25 - 10 * d, "typo " + piece + "→" + t.label());
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void put(Map<Term, Match> out, Term t, int score, String how) {
        var old = out.get(t);
        if (old == null || old.score < score) {
            out.put(t, new Match(t, score, how));
        }
    }

    private static String how(Term t, String mode) {
        String kind =
                switch (t.kind()) {
                    case NAME -> "通用名";
                    case PRODUCT_NAME -> "产品名";
                    case BRAND -> "商品名";
                    case ENGLISH -> "英文名";
                    case PINYIN -> "拼音";
                    case INITIALS -> "首字母";
                    case MANUFACTURER -> "生产企业";
                    case FORM -> "剂型";
                };
        String m =
                switch (mode) {
                    case "exact" -> "";
                    case "prefix" -> "前缀 ";
                    default -> "包含 ";
                };
        return m + kind + " " + t.label();
    }

    // ---------------------------------------------------------------- drug mentions in a question

    /**
     * A generic named in free text.
     *
     * @param genericId the generic
     * @param nameZh its 通用名
     * @param text the words that named it
     * @param how exact, 同音 (same pinyin) or typo
     */
    public record Mention(String genericId, String nameZh, String text, String how) {}

    /** The generics a question names, in order, each once. */
    public List<Mention> mentions(String question) {
        String text = DrugText.normalise(question);
        var out = new LinkedHashMap<String, Mention>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                int j = i;
                while (j < text.length() && text.charAt(j) < 128 && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                latinMention(text.substring(i, j)).ifPresent(m -> out.putIfAbsent(m.genericId(), m));
                i = j;
                continue;
            }
            if (!DrugText.isHan(c)) {
                i++;
                continue;
            }
            int consumed = hanMention(text, i, out);
            i += Math.max(consumed, 1);
        }
        return List.copyOf(out.values());
    }

    private Optional<Mention> latinMention(String run) {
        if (run.length() < 2) {
            return Optional.empty();
        }
        for (Term t : exact.getOrDefault(run, List.of())) {
            if (t.genericId() != null && t.kind().namesDrug()) {
                return Optional.of(new Mention(t.genericId(), genericName(t.genericId()), run, "exact"));
            }
        }
        if (run.length() >= 5) {
            var candidates = new HashSet<Term>(deletions.getOrDefault(run, List.of()));
            for (String d : DrugText.deletions(run)) {
                candidates.addAll(exact.getOrDefault(d, List.of()));
                candidates.addAll(deletions.getOrDefault(d, List.of()));
            }
            return candidates.stream()
                    .filter(t -> t.genericId() != null
                            && (t.kind() == Term.Kind.PINYIN || t.kind() == Term.Kind.ENGLISH)
                            && DrugText.distance(run, t.key(), 1) <= 1)
                    .min(Comparator.comparing(Term::key))
                    .map(t -> new Mention(t.genericId(), genericName(t.genericId()), run, "typo"));
        }
        return Optional.empty();
    }

    private int hanMention(String text, int i, Map<String, Mention> out) {
        int maxLen = Math.min(maxKeyLength, text.length() - i);
        for (int len = maxLen; len >= 2; len--) {
            String sub = text.substring(i, i + len);
            for (Term t : exact.getOrDefault(sub, List.of())) {
                if (t.genericId() != null && t.kind().namesDrug()) {
                    out.putIfAbsent(
                            t.genericId(), new Mention(t.genericId(), genericName(t.genericId()), sub, "exact"));
                    return len;
                }
            }
        }
        for (int len = Math.min(8, text.length() - i); len >= 3; len--) {
            String sub = text.substring(i, i + len);
            if (!DrugText.allHan(sub)) {
                continue;
            }
            for (String v : DrugText.pinyinVariants(sub)) {
                for (Term t : exact.getOrDefault(v, List.of())) {
                    if (t.kind() == Term.Kind.PINYIN && t.genericId() != null) {
                        out.putIfAbsent(
                                t.genericId(), new Mention(t.genericId(), genericName(t.genericId()), sub, "同音"));
                        return len;
                    }
                }
            }
        }
        for (int len = Math.min(9, text.length() - i); len >= 3; len--) {
            String sub = text.substring(i, i + len);
            if (!DrugText.allHan(sub)) {
                continue;
            }
            var candidates = new HashSet<Term>(deletions.getOrDefault(sub, List.of()));
            for (String d : DrugText.deletions(sub)) {
                candidates.addAll(exact.getOrDefault(d, List.of()));
                candidates.addAll(deletions.getOrDefault(d, List.of()));
            }
            var best = candidates.stream()
                    .filter(t -> t.genericId() != null
                            && (t.kind() == Term.Kind.NAME || t.kind() == Term.Kind.BRAND)
                            && t.key().length() >= 3
                            && t.key().charAt(0) == sub.charAt(0)
                            && (t.key().length() >= 4 || noParticle(sub))
                            && DrugText.distance(sub, t.key(), 1) == 1)
                    .min(Comparator.comparing(Term::key));
            if (best.isPresent()) {
                var t = best.get();
                out.putIfAbsent(t.genericId(), new Mention(t.genericId(), genericName(t.genericId()), sub, "typo"));
                return len;
            }
        }
        return 0;
    }

    /**
     * Whether a short candidate has no sentence particle or conjunction: "咖啡吗" is one edit from 咖啡因 but the edit is
     * the question's 吗, not a typo, so three-character names are matched one edit away only without such characters.
     */
    private static boolean noParticle(String sub) {
        for (int k = 0; k < sub.length(); k++) {
            if ("吗呢吧啊呀的了么和与跟及还也都能可吃用".indexOf(sub.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A growable int array (the index holds about a million product positions; boxed lists would triple that). */
    static final class IntList {
        private int[] data = new int[4];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int get(int i) {
            return data[i];
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
