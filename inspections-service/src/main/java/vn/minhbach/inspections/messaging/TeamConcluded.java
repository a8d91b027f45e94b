package vn.minhbach.inspections.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import vn.minhbach.chassis.outbox.OptionalField;

/** {@code team.concluded}; {@code petitionId} when the team was opened from a lead. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamConcluded(String unitPath, String teamId, LocalDate concludedDate, String conclusionReference,
        @OptionalField String petitionId) {
}
