package org.regionalhealth.weight.food;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regionalhealth.platform.ChineseText;

/**
 * The food table ({@code weight/foods.csv}, sources and licence in docs/weight.md), held in memory and searched by
 * Chinese name or alias (substring), full pinyin or initials (prefix): {@code jidan}, {@code jd}, {@code 鸡蛋} all find
 * 鸡蛋（煮）. An exact name or alias comes first, then names that start with the query, contain it, then exact and prefix pinyin; shorter names first within a rank. Immutable, thread-safe.
 */
public final class FoodTable {

    private static final FoodTable DEFAULT = load("/weight/foods.csv");

    private final Map<String, Food> byCode;
    private final List<Entry> entries;

    private record Entry(Food food, List<String> names, Set<String> keys) {}

    private FoodTable(List<Food> foods) {
        var map = new LinkedHashMap<String, Food>();
        var list = new ArrayList<Entry>();
        for (Food f : foods) {
            map.put(f.code(), f);
            var names = new ArrayList<String>();
            names.add(ChineseText.normalise(f.name()));
            var keys = new java.util.LinkedHashSet<>(keys(ChineseText.normalise(f.name())));
            for (String alias : f.aliases().split("\\|")) {
                if (!alias.isBlank()) {
                    names.add(ChineseText.normalise(alias));
                    keys.addAll(keys(ChineseText.normalise(alias)));
                }
            }
            list.add(new Entry(f, names, keys));
        }
        this.byCode = Map.copyOf(map);
        this.entries = List.copyOf(list);
    }

    public static FoodTable standard() {
        return DEFAULT;
    }

    static FoodTable load(String resource) {
        var foods = new ArrayList<Food>();
        try (var in = FoodTable.class.getResourceAsStream(resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", 11);
                foods.add(new Food(
                        f[0],
                        f[1],
                        f[2],
                        f[3],
                        Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]),
                        Double.parseDouble(f[6]),
                        Double.parseDouble(f[7]),
                        f[8],
                        Integer.parseInt(f[9]),
                        f[10]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FoodTable(foods);
    }

    public Optional<Food> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }

    public List<Food> all() {
        return entries.stream().map(Entry::food).toList();
    }

    /** Foods matching the query, best first, at most {@code limit}. */
    public List<Food> search(String query, int limit) {
        String q = ChineseText.normalise(query == null ? "" : query);
        if (q.isEmpty()) {
            return List.of();
        }
        record Hit(Food food, int rank, int length) {}
        var hits = new ArrayList<Hit>();
        for (Entry e : entries) {
            int rank = Integer.MAX_VALUE;
            for (String n : e.names()) {
                if (n.equals(q)) {
                    rank = 0;
                } else if (n.startsWith(q)) {
                    rank = Math.min(rank, 1);
                } else if (n.contains(q)) {
                    rank = Math.min(rank, 2);
                }
            }
            if (rank > 2) {
                for (String k : e.keys()) {
                    if (k.equals(q)) {
                        rank = 3;
                        break;
                    }
                    if (k.startsWith(q)) {
                        rank = 4;
                    }
                }
            }
            if (rank <= 4) {
                hits.add(new Hit(e.food(), rank, e.food().name().length()));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::rank).thenComparingInt(Hit::length))
                .limit(limit)
                .map(Hit::food)
                .toList();
    }

    /** Full pinyin and initials of every reading combination, because people type a dish by sound. */
    private static java.util.Set<String> keys(String text) {
        var out = new java.util.LinkedHashSet<String>(ChineseText.pinyinVariants(text));
        out.addAll(ChineseText.initialVariants(text));
        return out;
    }
}
