package vn.minhbach.inspections;

import static vn.minhbach.testing.EventContract.assertSchemaIsPublished;

import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.audit.AuditAnchor;
import vn.minhbach.inspections.messaging.EventTypes;
import vn.minhbach.inspections.messaging.LeadDecision;
import vn.minhbach.inspections.messaging.RecommendationOverdue;
import vn.minhbach.inspections.messaging.TeamConcluded;
import vn.minhbach.inspections.messaging.TeamDecided;
import vn.minhbach.inspections.messaging.TeamPublished;
import vn.minhbach.inspections.service.RecommendationService;

/**
 * Every event type this service publishes (each {@code outbox.publish}) with the record it publishes: its
 * schema in docs/events/schemas is the one generated from the record. {@code -Dminhbach.events.update=true}
 * rewrites the files (docs/events/README.md, "Schemas").
 */
class EventSchemasTest {

    @Test
    void everyPublishedTypeHasItsSchema() {
        assertSchemaIsPublished(EventTypes.TEAM_DECIDED, TeamDecided.class);
        assertSchemaIsPublished(EventTypes.TEAM_CONCLUDED, TeamConcluded.class);
        assertSchemaIsPublished(EventTypes.TEAM_PUBLISHED, TeamPublished.class);
        assertSchemaIsPublished(EventTypes.RECOMMENDATION_OVERDUE, RecommendationOverdue.class);
        assertSchemaIsPublished(EventTypes.RECOMMENDATION_REASSIGNED, RecommendationService.RecommendationReassigned.class);
        assertSchemaIsPublished(EventTypes.LEAD_OPENED, LeadDecision.class);
        assertSchemaIsPublished(EventTypes.LEAD_DISMISSED, LeadDecision.class);
        assertSchemaIsPublished(AuditAnchor.EVENT_TYPE, AuditAnchor.Head.class);
    }
}
