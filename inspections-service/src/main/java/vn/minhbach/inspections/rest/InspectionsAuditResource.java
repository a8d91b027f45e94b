package vn.minhbach.inspections.rest;

import jakarta.ws.rs.Path;
import vn.minhbach.chassis.audit.AuditResource;

/**
 * The audit log of inspections-service for the role {@code auditor} ({@link AuditResource}), under its own path
 * so the gateway routes it to this service: {@code GET /api/v1/audit/inspections} and
 * {@code GET /api/v1/audit/inspections/verification}.
 */
@Path(AuditResource.PREFIX + "/inspections")
public class InspectionsAuditResource extends AuditResource {
}
