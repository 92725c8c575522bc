package org.regionalhealth.drugs.search;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param query the query as typed
 * @param generics the generics the query matched, best first (通用名 with how it matched)
 * @param products ranked products, the best product of each matched generic first
 */
public record SearchResult(String query, List<GenericMatch> generics, List<SearchHit> products) {

    /**
     * A matched generic.
     *
     * @param genericId knowledge-base id
     * @param nameZh 通用名
     * @param score best score among its names
     * @param matchedBy how it matched
     */
    public record GenericMatch(String genericId, String nameZh, int score, String matchedBy) {}

    public static SearchResult empty(String query) {
        return new SearchResult(query, List.of(), List.of());
    }
}
