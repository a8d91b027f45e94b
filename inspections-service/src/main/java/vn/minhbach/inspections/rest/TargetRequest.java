package vn.minhbach.inspections.rest;

import java.util.UUID;

/** One target: exactly one of an organisation or a member. */
public record TargetRequest(UUID organisationId, UUID memberId) {
}
