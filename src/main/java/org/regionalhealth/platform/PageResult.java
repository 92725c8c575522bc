package org.regionalhealth.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param page zero-based page number
 */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total, page, size);
    }

    /** Page sizes are bounded so a client cannot ask for the whole district in one call. */
    public static int boundedSize(int size) {
        return Math.min(Math.max(size, 1), 200);
    }
}
