package vn.minhbach.petitions;

import static vn.minhbach.testing.EventContract.assertSchemaIsPublished;

import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.audit.AuditAnchor;
import vn.minhbach.petitions.messaging.PetitionEvents;

/**
 * Every event type this service publishes (each {@code outbox.publish}) with the record it publishes: its
 * schema in docs/events/schemas is the one generated from the record. {@code -Dminhbach.events.update=true}
 * rewrites the files (docs/events/README.md, "Schemas").
 */
class EventSchemasTest {

    @Test
    void everyPublishedTypeHasItsSchema() {
        assertSchemaIsPublished(PetitionEvents.RECEIVED, PetitionEvents.Received.class);
        assertSchemaIsPublished(PetitionEvents.ACCEPTED, PetitionEvents.Accepted.class);
        assertSchemaIsPublished(PetitionEvents.TRANSFERRED, PetitionEvents.Transferred.class);
        assertSchemaIsPublished(PetitionEvents.RESOLVED, PetitionEvents.Resolved.class);
        assertSchemaIsPublished(PetitionEvents.STATUS_CHANGED, PetitionEvents.StatusChanged.class);
        assertSchemaIsPublished(PetitionEvents.REASSIGNED, PetitionEvents.Reassigned.class);
        assertSchemaIsPublished(PetitionEvents.DEADLINE_APPROACHING, PetitionEvents.DeadlineNotice.class);
        assertSchemaIsPublished(PetitionEvents.OVERDUE, PetitionEvents.DeadlineNotice.class);
        assertSchemaIsPublished(PetitionEvents.DEADLINE_CHANGED, PetitionEvents.DeadlineChanged.class);
        assertSchemaIsPublished(PetitionEvents.CORRUPTION_SIGNS_FLAGGED, PetitionEvents.CorruptionSignsFlagged.class);
        assertSchemaIsPublished(PetitionEvents.REGISTER_UPDATED, PetitionEvents.RegisterUpdated.class);
        assertSchemaIsPublished(PetitionEvents.INFORMATION_ADDED, PetitionEvents.InformationAdded.class);
        assertSchemaIsPublished(PetitionEvents.VISIT_RECORDED, PetitionEvents.VisitRecorded.class);
        assertSchemaIsPublished(AuditAnchor.EVENT_TYPE, AuditAnchor.Head.class);
    }
}
