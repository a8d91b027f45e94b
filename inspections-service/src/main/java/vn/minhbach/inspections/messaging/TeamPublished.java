package vn.minhbach.inspections.messaging;

import java.time.LocalDate;

/** {@code team.published}: the result is on the public list. */
public record TeamPublished(String unitPath, String teamId, LocalDate publishedDate) {
}
