package org.regionalhealth.semantic.model;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.regionalhealth.semantic.Embeddings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * bge-small-zh-v1.5 (BAAI, MIT licence), 8-bit quantised ONNX, CLS pooling, 512 dimensions, run by ONNX Runtime
 * inside this process. The model (24 MB) and its tokenizer come from the langchain4j jar on the class path; nothing
 * is downloaded. The ONNX session is created once per JVM, on the first embedding ({@link #shared()}), so that the
 * Spring context, plain unit tests and benchmarks in one JVM share it. Thread-safe: ONNX Runtime sessions run
 * concurrently; the text cache is a concurrent map, cleared whole when full.
 */
public final class BgeSmallZhEmbeddings implements Embeddings {

    private static final Logger log = LoggerFactory.getLogger(BgeSmallZhEmbeddings.class);
    private static final int DIMENSIONS = 512;
    private static final int BATCH = 64;

    private static volatile BgeSmallZhV15QuantizedEmbeddingModel model;
    private static volatile BgeSmallZhEmbeddings shared;

    private final int cacheSize;
    private final ConcurrentHashMap<String, float[]> cache = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();

    public BgeSmallZhEmbeddings(int cacheSize) {
        this.cacheSize = cacheSize;
    }

    /** The JVM's one instance (cache of 50,000 texts), for tests and benchmarks outside Spring. */
    public static BgeSmallZhEmbeddings shared() {
        var instance = shared;
        if (instance == null) {
            synchronized (BgeSmallZhEmbeddings.class) {
                if (shared == null) {
                    shared = new BgeSmallZhEmbeddings(50_000);
                }
                instance = shared;
            }
        }
        return instance;
    }

    /** Loads the model now if it is not loaded yet; returns the milliseconds it took (0 when already loaded). */
    public static long load() {
        if (model != null) {
            return 0;
        }
        synchronized (BgeSmallZhEmbeddings.class) {
            if (model != null) {
                return 0;
            }
            long started = System.nanoTime();
            var loaded = new BgeSmallZhV15QuantizedEmbeddingModel();
            loaded.embed("预热"); // creates the ONNX session (static initialiser) and runs it once
            model = loaded;
            long ms = (System.nanoTime() - started) / 1_000_000;
            log.info("Semantic service: bge-small-zh-v1.5 (quantised ONNX) loaded in {} ms", ms);
            return ms;
        }
    }

    /** Whether the model has been loaded in this JVM. */
    public static boolean loaded() {
        return model != null;
    }

    /** Texts embedded by the model (not served from the cache) by this instance. */
    public long computedCount() {
        return computed.get();
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        float[] cached = cacheSize > 0 ? cache.get(text) : null;
        if (cached != null) {
            return cached.clone();
        }
        load();
        float[] vector = Embeddings.normalise(model.embed(text).content().vector());
        computed.incrementAndGet();
        remember(text, vector);
        return vector.clone();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        var result = new ArrayList<float[]>(texts.size());
        var missing = new ArrayList<String>();
        for (String text : texts) {
            float[] cached = cacheSize > 0 ? cache.get(text) : null;
            result.add(cached == null ? null : cached.clone());
            if (cached == null) {
                missing.add(text);
            }
        }
        if (missing.isEmpty()) {
            return result;
        }
        load();
        var fresh = new ArrayList<float[]>(missing.size());
        for (int from = 0; from < missing.size(); from += BATCH) {
            var segments = missing.subList(from, Math.min(missing.size(), from + BATCH)).stream()
                    .map(TextSegment::from)
                    .toList();
            for (var embedding : model.embedAll(segments).content()) {
                fresh.add(Embeddings.normalise(embedding.vector()));
            }
        }
        computed.addAndGet(missing.size());
        int next = 0;
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i) == null) {
                float[] vector = fresh.get(next++);
                remember(texts.get(i), vector);
                result.set(i, vector.clone());
            }
        }
        return result;
    }

    private void remember(String text, float[] vector) {
        if (cacheSize <= 0) {
            return;
        }
        if (cache.size() >= cacheSize) {
            cache.clear();
        }
        cache.put(text, vector.clone());
    }
}
