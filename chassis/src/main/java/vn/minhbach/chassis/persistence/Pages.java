package vn.minhbach.chassis.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;

/**
 * A {@link Page} read by a Panache query. Here, next to the persistence the services bring, and not in
 * chassis-web with {@link Page} (issue 21.1): the web edge knows the page it answers, not how it is read.
 */
public final class Pages {

    private Pages() {
    }

    /** Runs the query for the requested page and maps each entity to its response record. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(request.page, request.size).list().stream().map(mapper).toList();
        return new Page<>(items, request.page, request.size, query.count());
    }
}
