package vn.minhbach.programs.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.minhbach.chassis.outbox.CloudEvent;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.events.InspectionEventData;
import vn.minhbach.events.PetitionEventData;

/**
 * Writes the report read model (tables {@code rm_*}) from the owning services' events. Every write
 * is an idempotent upsert keyed by the source's aggregate id, so replaying a topic never counts twice.
 * Per-petition rows keep {@code received_date} and {@code settled_date}: "in progress at period end"
 * is then one indexed range query, whatever the number of petitions.
 */
@ApplicationScoped
public class ReportReadModel {

    public static final String PETITIONS_SOURCE = "petitions-service";
    public static final String INSPECTIONS_SOURCE = "inspections-service";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /**
     * Taken first in every batch's transaction, before any row is locked: the read model's triggers
     * (Flyway V2) add each change to the per-month rows of the unit and of every unit above it, so
     * two batches of one source (two replicas) would update the same city rows in different orders
     * and deadlock. This queues them instead; the triggers and bench/scale/generate.sh take the same
     * lock ({@code hashtext('rm_petition')} for the petitions topic, {@code hashtext('rm_team')} for
     * the inspections topic).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockFor(String source) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, PETITIONS_SOURCE.equals(source) ? "rm_petition" : "rm_team").getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyPetitionEvent(CloudEvent event) {
        JsonNode d = data(event);
        String type = event.type();
        if (PetitionEventData.VISIT_RECORDED.equals(type)) {
            PetitionEventData.VisitRecorded v = read(d, PetitionEventData.VisitRecorded.class);
            em.createNativeQuery("insert into rm_reception_visit (visit_id, unit_path, visit_date, people, group_visit)"
                    + " values (?1, ?2, ?3, ?4, ?5) on conflict (visit_id) do nothing")
                    .setParameter(1, required(v.visitId(), "visitId")).setParameter(2, unit(v.unitPath()))
                    .setParameter(3, required(v.visitDate(), "visitDate"))
                    .setParameter(4, v.people() == null ? 1 : v.people())
                    .setParameter(5, Boolean.TRUE.equals(v.groupVisit()))
                    .executeUpdate();
        } else if (PetitionEventData.RECEIVED.equals(type)) {
            PetitionEventData.Received r = read(d, PetitionEventData.Received.class);
            em.createNativeQuery("insert into rm_petition (petition_id, unit_path, kind, received_date, status)"
                    + " values (?1, ?2, nullif(?3, ''), ?4, 'RECEIVED') on conflict (petition_id) do update"
                    + " set unit_path = excluded.unit_path, kind = excluded.kind, received_date = excluded.received_date")
                    .setParameter(1, required(r.petitionId(), "petitionId")).setParameter(2, unit(r.unitPath()))
                    .setParameter(3, r.kind() == null ? "" : r.kind())
                    .setParameter(4, required(r.receivedDate(), "receivedDate"))
                    .executeUpdate();
        } else if (PetitionEventData.TRANSITIONS.contains(type)) {
            PetitionEventData.Transition t = read(d, PetitionEventData.Transition.class);
            String petitionId = required(t.petitionId(), "petitionId");
            String to = required(t.to(), "to");
            LocalDate effective = required(t.effectiveDate(), "effectiveDate");
            // petitions-service's own fact; its fallback for events published before it existed is in
            // PetitionEventData.Transition (LegacySettled), nowhere else.
            boolean settled = t.isSettled();
            int onTime = PetitionEventData.RESOLVED.equals(type) && t.onTime() != null ? (t.onTime() ? 1 : 0) : -1;
            // A move between two settled statuses (RESOLVED -> CLOSED) keeps the first settle date (the row has
            // a settled_date exactly while its status is settled); a move out of one (reopened) clears it.
            // No null parameters: their SQL type is unknown.
            em.createNativeQuery("insert into rm_petition (petition_id, unit_path, status, settled_date, resolved_on_time)"
                    + " values (?1, ?2, ?3, case when ?6 then cast(?4 as date) end,"
                    + "   case ?5 when 1 then true when 0 then false end)"
                    + " on conflict (petition_id) do update set status = excluded.status,"
                    + " settled_date = case when ?6 then coalesce(rm_petition.settled_date, excluded.settled_date) end,"
                    + " resolved_on_time = coalesce(excluded.resolved_on_time, rm_petition.resolved_on_time)")
                    .setParameter(1, petitionId).setParameter(2, unit(t.unitPath())).setParameter(3, to)
                    .setParameter(4, effective).setParameter(5, onTime).setParameter(6, settled)
                    .executeUpdate();
            // The history, so the status on any day can be told (issue 18.1, V30), with whether each end was
            // settled (V63).
            em.createNativeQuery("insert into rm_petition_transition (petition_id, effective_date, from_status, to_status,"
                    + " from_settled, to_settled) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                    .setParameter(1, petitionId).setParameter(2, effective)
                    .setParameter(3, t.from() == null ? "" : t.from()).setParameter(4, to)
                    .setParameter(5, t.wasSettled()).setParameter(6, settled)
                    .executeUpdate();
        } else if (PetitionEventData.CORRUPTION_SIGNS_FLAGGED.equals(type)) {
            PetitionEventData.CorruptionSignsFlagged f = read(d, PetitionEventData.CorruptionSignsFlagged.class);
            em.createNativeQuery("insert into rm_petition (petition_id, unit_path, flagged_date) values (?1, ?2, ?3)"
                    + " on conflict (petition_id) do update set"
                    + " flagged_date = coalesce(rm_petition.flagged_date, excluded.flagged_date)")
                    .setParameter(1, required(f.petitionId(), "petitionId")).setParameter(2, unit(f.unitPath()))
                    .setParameter(3, required(f.flaggedDate(), "flaggedDate"))
                    .executeUpdate();
        } else if (PetitionEventData.REGISTER_UPDATED.equals(type)) {
            PetitionEventData.RegisterUpdated r = read(d, PetitionEventData.RegisterUpdated.class);
            // In the register (complex, prolonged or crowded) from registerDate; out of it: no date.
            em.createNativeQuery("insert into rm_petition (petition_id, unit_path, register_date)"
                    + " values (?1, ?2, case when ?4 then cast(?3 as date) end)"
                    + " on conflict (petition_id) do update set register_date = excluded.register_date")
                    .setParameter(1, required(r.petitionId(), "petitionId")).setParameter(2, unit(r.unitPath()))
                    .setParameter(3, required(r.registerDate(), "registerDate")).setParameter(4, r.registered())
                    .executeUpdate();
        }
        // Other petition events (deadline reminders) do not change any reported figure.
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyInspectionEvent(CloudEvent event) {
        JsonNode d = data(event);
        if (InspectionEventData.TEAM_DECIDED.equals(event.type())) {
            InspectionEventData.TeamDecided t = read(d, InspectionEventData.TeamDecided.class);
            String teamId = required(t.teamId(), "teamId");
            int inserted = em.createNativeQuery("insert into rm_team (team_id, unit_path, kind, basis, initiating_level,"
                    + " decision_date, domains, petition_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, ''))"
                    + " on conflict (team_id) do nothing")
                    .setParameter(1, teamId).setParameter(2, unit(t.unitPath()))
                    .setParameter(3, required(t.kind(), "kind")).setParameter(4, required(t.basis(), "basis"))
                    .setParameter(5, required(t.initiatingLevel(), "initiatingLevel"))
                    .setParameter(6, required(t.decisionDate(), "decisionDate"))
                    .setParameter(7, String.join(",", t.domainsOrNone()))
                    .setParameter(8, t.petitionId() == null ? "" : t.petitionId())
                    .executeUpdate();
            if (inserted == 0) {
                return;
            }
            // All targets in one statement: the read model's trigger then rebuilds the distinct-count
            // rows of the team's organisations once per team rather than once per target.
            StringBuilder sql = new StringBuilder("insert into rm_team_target (team_id, position, target_type,"
                    + " subject_id, organisation_kind, standing_committee_managed) values ");
            List<Object> values = new ArrayList<>();
            int position = 0;
            for (InspectionEventData.Target target : t.targetsOrNone()) {
                if (target == null) {
                    throw new IllegalArgumentException("missing target");
                }
                int p = values.size();
                sql.append(position == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2)
                        .append(", ?").append(p + 3).append(", ?").append(p + 4).append(", nullif(?").append(p + 5)
                        .append(", ''), ?").append(p + 6).append(')');
                values.addAll(List.of(teamId, position++, required(target.targetType(), "targetType"),
                        required(target.subjectId(), "subjectId"),
                        target.organisationKind() == null ? "" : target.organisationKind(),
                        target.managedByStandingCommittee()));
            }
            if (position > 0) {
                var insert = em.createNativeQuery(sql.append(" on conflict do nothing").toString());
                for (int i = 0; i < values.size(); i++) {
                    insert.setParameter(i + 1, values.get(i));
                }
                insert.executeUpdate();
            }
        } else if (InspectionEventData.TEAM_CONCLUDED.equals(event.type())) {
            InspectionEventData.TeamConcluded c = read(d, InspectionEventData.TeamConcluded.class);
            em.createNativeQuery("update rm_team set concluded_date = ?2 where team_id = ?1")
                    .setParameter(1, required(c.teamId(), "teamId"))
                    .setParameter(2, required(c.concludedDate(), "concludedDate")).executeUpdate();
        }
    }

    /** Moves the source's as-of mark after a batch; duplicates are counted, not applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRead(String source, CloudEvent event, long applied, long duplicates) {
        em.createNativeQuery("update rm_source set events_applied = events_applied + ?2,"
                + " duplicates_skipped = duplicates_skipped + ?3, last_event_id = ?4, last_event_type = ?5,"
                + " last_event_time = greatest(last_event_time, ?6), last_applied_at = ?7 where source = ?1")
                .setParameter(1, source).setParameter(2, applied).setParameter(3, duplicates)
                .setParameter(4, event.id()).setParameter(5, event.type())
                .setParameter(6, event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time())
                .setParameter(7, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }

    private static JsonNode data(CloudEvent event) {
        if (event.data() == null || !event.data().isObject()) {
            throw new IllegalArgumentException("event " + event.id() + " has no data object");
        }
        return event.data();
    }

    /** The typed view of an event's data (vn.minhbach.events); a malformed value is refused. */
    private <T> T read(JsonNode d, Class<T> type) {
        try {
            return json.treeToValue(d, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed data: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    private static String unit(String unit) {
        if (!UnitPath.isValid(unit)) {
            throw new IllegalArgumentException("invalid unitPath");
        }
        return unit;
    }
}
