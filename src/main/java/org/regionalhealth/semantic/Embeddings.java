package org.regionalhealth.semantic;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings: a text becomes a unit-length vector whose dot product with another is their cosine
 * similarity. The platform's bean is bge-small-zh-v1.5 (512 dimensions), loaded once per JVM on the first call;
 * implementations are thread-safe.
 */
public interface Embeddings {

    /** The length of every vector. */
    int dimensions();

    /**
     * The unit-length embedding of a text (blank text is embedded as it is; texts longer than the model's 512
     * tokens are embedded in parts and averaged).
     */
    float[] embed(String text);

    /** Embeddings of several texts, in order; implementations may batch. */
    default List<float[]> embedAll(List<String> texts) {
        var vectors = new ArrayList<float[]>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    /** Cosine similarity of two unit vectors (their dot product), in [-1, 1]. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different length: " + a.length + " and " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Scales a vector to unit length in place (a zero vector stays zero) and returns it. */
    static float[] normalise(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        if (sum > 0) {
            float scale = (float) (1 / Math.sqrt(sum));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
        }
        return vector;
    }
}
