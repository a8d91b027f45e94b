package vn.minhbach.programs.rest;

import jakarta.ws.rs.Path;
import vn.minhbach.chassis.audit.AuditResource;

/**
 * The audit log of programs-service for the role {@code auditor} ({@link AuditResource}), under its own path
 * so the gateway routes it to this service: {@code GET /api/v1/audit/programs} and
 * {@code GET /api/v1/audit/programs/verification}.
 */
@Path(AuditResource.PREFIX + "/programs")
public class ProgramsAuditResource extends AuditResource {
}
