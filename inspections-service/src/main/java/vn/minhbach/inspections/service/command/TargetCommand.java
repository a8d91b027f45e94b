package vn.minhbach.inspections.service.command;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One target: exactly one of an organisation or a member. */
@Schema(name = "TargetRequest")
public record TargetCommand(UUID organisationId, UUID memberId) {
}
