package vn.minhbach.inspections.service.command;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StartRequest")
public record StartCommand(@NotNull LocalDate startedDate) {
}
