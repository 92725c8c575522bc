package org.regionalhealth.drugs.ask;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.regionalhealth.semantic.Embeddings;
import org.regionalhealth.semantic.SemanticIndex;
import org.regionalhealth.semantic.SemanticMatch;

/**
 * Intent by nearest neighbours over labelled examples ({@code drugs/ask/intent-examples.tsv}), with the keyword
 * patterns of {@link IntentClassifier} as a second feature. Drug and class names are masked (replaced by 某药) in the
 * examples and the question, so the neighbours share wording, not drugs. The score of an intent is the
 * similarity-weighted vote of the {@value #K} nearest examples plus {@value #PATTERN_WEIGHT} when the patterns pick
 * it; the best intent wins if its nearest example is similar enough, else the question is {@code unknown}.
 */
final class SemanticIntents {

    static final String RESOURCE = "/drugs/ask/intent-examples.tsv";
    static final String MASK = "某药";
    static final int K = 7;
    /**
     * Words that ask nothing by themselves: punctuation, forms, conjunctions and the openings of a question ("请问一下",
     * "我想问问…的事"). A question that is only names and these is not yet a question.
     */
    static final String FILLER = "[\\p{Punct}\\s，。？！、]|片|胶囊|颗粒|缓释|控释|肠溶|注射液|口服液|和|与|跟|请问|问一下|问问|一下|我想|想问|"
            + "咨询|了解|关于|这个药|那个药|这个|那个|的事情|的事|的情况|情况|药品|药|吗|呢|啊|呀|哦";

    static final double PATTERN_WEIGHT = 0.5;
    /** Below this similarity of the nearest example and without a pattern, nothing is understood. */
    static final double MIN_SIMILARITY = 0.62;

    /**
     * The outcome.
     *
     * @param intent the winning intent
     * @param confidence its share of all votes, 0–1
     * @param shares every intent's share
     * @param evidence the nearest examples and the pattern words that decided
     */
    record Result(Intent intent, double confidence, Map<Intent, Double> shares, List<String> evidence) {}

    private record Example(String question, Intent intent) {}

    private final Embeddings embeddings;
    private final IntentClassifier patterns = new IntentClassifier();
    private final List<Example> examples;
    private volatile SemanticIndex<Intent> index;

    SemanticIntents(Embeddings embeddings) {
        this.embeddings = embeddings;
        this.examples = load();
    }

    private static List<Example> load() {
        var out = new ArrayList<Example>();
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(SemanticIntents.class.getResourceAsStream(RESOURCE)), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Example(
                        f[0], Intent.ofCode(f[1]).orElseThrow(() -> new IllegalStateException("intent " + f[1]))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    int exampleCount() {
        return examples.size();
    }

    /** Builds the example index once (embedding about 260 masked examples), masking with the given masker. */
    private SemanticIndex<Intent> index(java.util.function.UnaryOperator<String> masker) {
        var built = index;
        if (built == null) {
            synchronized (this) {
                if (index == null) {
                    var builder = SemanticIndex.<Intent>builder(embeddings);
                    for (int i = 0; i < examples.size(); i++) {
                        var e = examples.get(i);
                        builder.add("example-" + i, masker.apply(e.question()), e.intent());
                    }
                    index = builder.build();
                }
                built = index;
            }
        }
        return built;
    }

    /**
     * Classifies a question.
     *
     * @param question the question as asked
     * @param masked the question with its drug and class names replaced by {@link #MASK}
     * @param drugCount how many drugs and classes it names
     * @param masker how to mask an example (the same recogniser that masked the question)
     */
    Result classify(String question, String masked, int drugCount, java.util.function.UnaryOperator<String> masker) {
        var byPattern = patterns.classify(question, drugCount);
        String rest = masked.replace(MASK, "").replaceAll(FILLER, "");
        if (rest.isEmpty() && byPattern.intent() == Intent.UNKNOWN) {
            // only names: nothing is asked yet (two names: are they safe together?)
            return drugCount >= 2
                    ? new Result(Intent.INTERACTIONS, 1, Map.of(Intent.INTERACTIONS, 1.0), List.of("两种药品"))
                    : new Result(Intent.UNKNOWN, 0, Map.of(), List.of());
        }
        List<SemanticMatch<Intent>> nearest = index(masker).nearest(embeddings.embed(masked), K + 3);
        var votes = new EnumMap<Intent, Double>(Intent.class);
        if (drugCount < 2 && byPattern.intent() != Intent.INTERACTIONS) {
            // an interaction needs two parties or words about taking things together
            nearest = nearest.stream()
                    .filter(m -> m.payload() != Intent.INTERACTIONS)
                    .toList();
        }
        double top = nearest.isEmpty() ? 0 : nearest.get(0).score();
        for (var m : nearest) {
            // sharpen: an example much less similar than the nearest counts little
            double w = Math.exp((m.score() - top) * 20);
            votes.merge(m.payload(), w, Double::sum);
        }
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        var shares = new EnumMap<Intent, Double>(Intent.class);
        votes.forEach((intent, v) -> shares.put(intent, total == 0 ? 0 : v / total));
        if (byPattern.intent() != Intent.UNKNOWN) {
            shares.merge(byPattern.intent(), PATTERN_WEIGHT, Double::sum);
        }
        if (drugCount >= 2 && byPattern.intent() == Intent.INTERACTIONS) {
            shares.merge(Intent.INTERACTIONS, PATTERN_WEIGHT, Double::sum);
        }
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        shares.replaceAll((intent, v) -> sum == 0 ? 0 : v / sum);
        Intent best = shares.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(Intent.UNKNOWN);
        var evidence = new ArrayList<String>(byPattern.evidence());
        nearest.stream()
                .limit(2)
                .forEach(m -> evidence.add("相似问法“" + m.text() + "”" + String.format("%.2f", m.score())));
        if (top < MIN_SIMILARITY && byPattern.intent() == Intent.UNKNOWN) {
            if (drugCount >= 2) {
                return new Result(Intent.INTERACTIONS, 1, Map.of(Intent.INTERACTIONS, 1.0), List.of("两种药品"));
            }
            return new Result(Intent.UNKNOWN, 0, Map.of(), List.of());
        }
        return new Result(best, shares.getOrDefault(best, 0.0), Map.copyOf(shares), List.copyOf(evidence));
    }
}
