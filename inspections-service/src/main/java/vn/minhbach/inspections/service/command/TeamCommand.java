package vn.minhbach.inspections.service.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.Basis;
import vn.minhbach.inspections.Domain;
import vn.minhbach.inspections.InitiatingLevel;
import vn.minhbach.inspections.TeamKind;

/**
 * A team in one request, targets and members included. With a decision number and date the team is
 * recorded as DECIDED (the decision was taken); without them it is PLANNED.
 */
@Schema(name = "TeamRequest")
public record TeamCommand(
        @NotNull TeamKind kind,
        @NotNull Basis basis,
        @NotNull InitiatingLevel initiatingLevel,
        @Size(max = 64) String decisionNumber,
        LocalDate decisionDate,
        @Size(max = 128) @Pattern(regexp = UnitPath.REGEX) String unitPath,
        UUID planItemId,
        @NotNull UUID leaderMemberId,
        @Size(max = 50) Set<@NotNull UUID> memberIds,
        LocalDate periodFrom,
        LocalDate periodTo,
        @NotNull @Size(min = 1, max = 20) Set<@NotNull Domain> domains,
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull TargetCommand> targets) {
}
