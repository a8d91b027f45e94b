package vn.minhbach.programs;

import static vn.minhbach.testing.EventContract.assertSchemaIsPublished;

import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.audit.AuditAnchor;
import vn.minhbach.chassis.units.Unit;
import vn.minhbach.programs.messaging.ProgramEvents;
import vn.minhbach.programs.service.UnitRegistryService;

/**
 * Every event type this service publishes (each {@code outbox.publish}) with the record it publishes: its
 * schema in docs/events/schemas is the one generated from the record. {@code -Dminhbach.events.update=true}
 * rewrites the files (docs/events/README.md, "Schemas").
 */
class EventSchemasTest {

    @Test
    void everyPublishedTypeHasItsSchema() {
        assertSchemaIsPublished("task.assigned", ProgramEvents.TaskAssigned.class);
        assertSchemaIsPublished("task.overdue", ProgramEvents.TaskOverdue.class);
        assertSchemaIsPublished("task.reassigned", ProgramEvents.TaskReassigned.class);
        assertSchemaIsPublished("progress-report.submitted", ProgramEvents.ProgressReportSubmitted.class);
        assertSchemaIsPublished("progress-report.accepted", ProgramEvents.ProgressReportAccepted.class);
        assertSchemaIsPublished("progress-report.returned", ProgramEvents.ProgressReportReturned.class);
        assertSchemaIsPublished("conference.recorded", ProgramEvents.ConferenceRecorded.class);
        assertSchemaIsPublished("unit.created", Unit.class);
        assertSchemaIsPublished("unit.changed", Unit.class);
        assertSchemaIsPublished("unit.retired", Unit.class);
        assertSchemaIsPublished("unit.succession", UnitRegistryService.Succession.class);
        assertSchemaIsPublished(AuditAnchor.EVENT_TYPE, AuditAnchor.Head.class);
    }
}
