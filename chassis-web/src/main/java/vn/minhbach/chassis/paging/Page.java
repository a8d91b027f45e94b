package vn.minhbach.chassis.paging;

import java.util.List;

/**
 * One page of a list: {@code {items, page, size, totalItems}}. A page read by a Panache query:
 * {@code vn.minhbach.chassis.persistence.Pages#of} (module chassis, where the persistence is).
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {
}
