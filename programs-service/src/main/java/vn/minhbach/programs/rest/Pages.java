package vn.minhbach.programs.rest;

import java.util.function.Function;
import vn.minhbach.chassis.paging.Page;

/** A page of domain results as a page of response bodies. */
final class Pages {

    private Pages() {
    }

    static <E, T> Page<T> map(Page<E> page, Function<E, T> view) {
        return new Page<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.totalItems());
    }
}
