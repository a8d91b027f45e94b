package vn.minhbach.inspections.service;

import vn.minhbach.chassis.time.BusinessClock;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.inbox.CloudEvents.MalformedEventException;
import vn.minhbach.chassis.outbox.CloudEvent;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
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

    /** Effect of a {@code petition.corruption-signs-flagged} event; runs inside the consumer's transaction. */
    public void createFromEvent(CloudEvent event) {
        JsonNode data = event.data();
        String petitionId = text(data, "petitionId");
        String unit = text(data, "unitPath");
        if (petitionId == null || !UnitPath.isValid(unit)) {
            throw new MalformedEventException("petition.corruption-signs-flagged without petitionId or unitPath");
        }
        Lead l = new Lead();
        l.id = UUID.randomUUID();
        l.eventId = event.id();
        l.petitionId = cut(petitionId, 64);
        l.petitionNumber = cut(text(data, "number"), 64);
        l.petitionKind = cut(text(data, "kind"), 32);
        List<String> domains = new ArrayList<>();
        if (data.path("domains").isArray()) {
            data.path("domains").forEach(d -> domains.add(d.asText()));
        }
        l.domains = cut(String.join(",", domains), 500);
        l.summary = cut(text(data, "summary"), 4000);
        String flagged = text(data, "flaggedDate");
        try {
            l.flaggedDate = flagged == null ? null : LocalDate.parse(flagged);
        } catch (java.time.format.DateTimeParseException e) {
            throw new MalformedEventException("flaggedDate is not an ISO date");
        }
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

    private static String text(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
