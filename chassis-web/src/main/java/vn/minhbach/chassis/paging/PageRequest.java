package vn.minhbach.chassis.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=20}: pages count from 0; size 1 to 200. Use with {@code @BeanParam @Valid}. */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** Largest page number: with {@link #MAX_SIZE}, the row offset stays far inside an {@code int}. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    public int size = DEFAULT_SIZE;

    public static PageRequest of(int page, int size) {
        var request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }
}
