package org.regionalhealth.platform.web;

import org.regionalhealth.platform.PageResult;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links of the shared pager fragment ({@code fragments/ui :: pager(result)}): the current request with only the
 * {@code page} parameter changed, so search terms, filters and sorting survive paging on every list.
 */
@Component("pager")
public class PagerLinks {

    public String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    public long pages(PageResult<?> result) {
        return Math.max(1, (result.total() + result.size() - 1) / result.size());
    }

    public boolean hasNext(PageResult<?> result) {
        return (long) (result.page() + 1) * result.size() < result.total();
    }
}
