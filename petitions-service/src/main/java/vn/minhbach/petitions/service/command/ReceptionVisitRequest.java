package vn.minhbach.petitions.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.petitions.ReceptionVisit;

/**
 * A reception visit to record. Named as the request body it is (no {@code @Schema(name)}): a class annotated
 * with {@code @Schema} is read first by the OpenAPI scanner, which would give its {@code ReceptionVisit.Kind}
 * the schema name {@code Kind} that {@code CalendarDay.Kind} holds.
 */
public record ReceptionVisitRequest(
        @Pattern(regexp = UnitPath.REGEX) String unitPath,
        @NotNull @PastOrPresent LocalDateTime visitAt,
        @NotBlank @Size(max = 300) String place,
        @NotNull ReceptionVisit.Kind kind,
        @NotBlank @Size(max = 200) String receivingOfficial,
        @Size(max = 200) String leaderPresent,
        @NotNull @Min(1) @Max(1000) Integer people,
        Boolean groupVisit,
        @NotBlank @Size(max = 4000) String summary,
        @NotNull ReceptionVisit.VisitOutcome outcome,
        @Size(max = 50) List<@NotNull UUID> petitionIds) {
}
