package vn.minhbach.inspections.service;

import vn.minhbach.chassis.time.BusinessClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.inbox.CloudEvents.MalformedEventException;
import vn.minhbach.chassis.outbox.CloudEvent;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.events.PetitionEventData;
import vn.minhbach.inspections.Lead;
import vn.minhbach.inspections.LeadStatus;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.messaging.EventTypes;
import vn.minhbach.inspections.messaging.LeadDecision;
import vn.minhbach.inspections.service.command.DismissCommand;
import vn.minhbach.inspections.service.command.LeadTeamCommand;

/** Leads from petitions: created by the consumer, then opened into a team or dismissed by an inspector. */
@ApplicationScoped
public class LeadService {

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @Inject
    TeamService teams;
    @Inject
    BusinessClock dates;
    @Inject
    LeadQueries queries;
    @Inject
    ObjectMapper json;

    /** Effect of a {@code petition.corruption-signs-flagged} event; runs inside the consumer's transaction. */
    public void createFromEvent(CloudEvent event) {
        PetitionEventData.CorruptionSignsFlagged data = read(event.data());
        String petitionId = blankToNull(data.petitionId());
        String unit = data.unitPath();
        if (petitionId == null || !UnitPath.isValid(unit)) {
            throw new MalformedEventException("petition.corruption-signs-flagged without petitionId or unitPath");
        }
        Lead l = new Lead();
        l.id = UUID.randomUUID();
        l.eventId = event.id();
        l.petitionId = cut(petitionId, 64);
        l.petitionNumber = cut(data.number(), 64);
        l.petitionKind = cut(data.kind(), 32);
        l.domains = cut(String.join(",", data.domains() == null ? List.of() : data.domains()), 500);
        l.summary = cut(data.summary(), 4000);
        l.flaggedDate = data.flaggedDate();
        l.unitPath = unit;
        l.status = LeadStatus.NEW;
        l.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        l.persist();
        audit.record("system", "lead.received", "lead", l.id.toString(), l.unitPath,
                Map.of("petitionId", l.petitionId, "eventId", event.id()));
    }

    @Transactional
    public Team openTeam(UUID id, LeadTeamCommand command) {
        Lead l = queries.lead(id);
        l.requireNew();
        dates.notBefore(command.decisionDate(), "decisionDate", l.flaggedDate, "flaggedDate");
        Team team = teams.create(command.asTeamCommand(), l);
        l.status = LeadStatus.OPENED;
        l.teamId = team.id;
        l.decidedBy = caller.name();
        audit.record(caller.name(), "lead.opened", "lead", l.id.toString(), l.unitPath,
                Map.of("teamId", team.id.toString()));
        outbox.publish("lead", l.id.toString(), EventTypes.LEAD_OPENED,
                new LeadDecision(l.unitPath, l.id.toString(), l.petitionId, null));
        return team;
    }

    @Transactional
    public Lead dismiss(UUID id, DismissCommand command) {
        Lead l = queries.lead(id);
        l.requireNew();
        l.status = LeadStatus.DISMISSED;
        l.dismissReason = command.reason();
        l.decidedBy = caller.name();
        audit.record(caller.name(), "lead.dismissed", "lead", l.id.toString(), l.unitPath,
                Map.of("reason", l.dismissReason));
        outbox.publish("lead", l.id.toString(), EventTypes.LEAD_DISMISSED,
                new LeadDecision(l.unitPath, l.id.toString(), l.petitionId, l.dismissReason));
        return l;
    }

    /** The event's data as the shared typed view (vn.minhbach.events); a value of the wrong shape is malformed. */
    private PetitionEventData.CorruptionSignsFlagged read(JsonNode data) {
        if (data == null || !data.isObject()) {
            throw new MalformedEventException("petition.corruption-signs-flagged without data");
        }
        try {
            return json.treeToValue(data, PetitionEventData.CorruptionSignsFlagged.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("petition.corruption-signs-flagged: malformed " + field(e)
                    + (field(e).equals("flaggedDate") ? " (not an ISO date)" : ""));
        }
    }

    private static String field(JsonProcessingException e) {
        return e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                ? String.valueOf(m.getPath().get(m.getPath().size() - 1).getFieldName()) : "data";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
