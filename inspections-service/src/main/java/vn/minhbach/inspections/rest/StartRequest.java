package vn.minhbach.inspections.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

public record StartRequest(@NotNull LocalDate startedDate) {
}
