package vn.minhbach.inspections.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

public record PublishRequest(@NotNull LocalDate publishedDate) {
}
