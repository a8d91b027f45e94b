package vn.minhbach.petitions.rest;

import jakarta.ws.rs.Path;
import vn.minhbach.chassis.audit.AuditResource;

/**
 * The audit log of petitions-service for the role {@code auditor} ({@link AuditResource}), under its own path
 * so the gateway routes it to this service: {@code GET /api/v1/audit/petitions} and
 * {@code GET /api/v1/audit/petitions/verification}.
 */
@Path(AuditResource.PREFIX + "/petitions")
public class PetitionsAuditResource extends AuditResource {
}
