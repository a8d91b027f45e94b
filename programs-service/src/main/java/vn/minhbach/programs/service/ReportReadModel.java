package vn.minhbach.programs.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.minhbach.chassis.outbox.CloudEvent;
import vn.minhbach.chassis.security.UnitPath;

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

    /** Terminal statuses per docs/contracts.md: a petition in one of them on {@code to} is settled. */
    public static final Set<String> TERMINAL = Set.of("RESOLVED", "CLOSED", "NOT_ACCEPTED", "TRANSFERRED", "GUIDED",
            "FILED", "WITHDRAWN");
    /** {@link #TERMINAL} as an SQL list, for the read model's writes and the report's queries. */
    static final String TERMINAL_SQL = TERMINAL.stream().sorted().map(s -> "'" + s + "'")
            .collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    private static final Set<String> TRANSITIONS = Set.of("petition.accepted", "petition.transferred",
            "petition.resolved", "petition.status-changed");

    @Inject
    EntityManager em;

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
        if ("reception-visit.recorded".equals(type)) {
            em.createNativeQuery("insert into rm_reception_visit (visit_id, unit_path, visit_date, people, group_visit)"
                    + " values (?1, ?2, ?3, ?4, ?5) on conflict (visit_id) do nothing")
                    .setParameter(1, text(d, "visitId")).setParameter(2, unit(d)).setParameter(3, date(d, "visitDate"))
                    .setParameter(4, d.path("people").asInt(1)).setParameter(5, d.path("groupVisit").asBoolean(false))
                    .executeUpdate();
        } else if ("petition.received".equals(type)) {
            em.createNativeQuery("insert into rm_petition (petition_id, unit_path, kind, received_date, status)"
                    + " values (?1, ?2, nullif(?3, ''), ?4, 'RECEIVED') on conflict (petition_id) do update"
                    + " set unit_path = excluded.unit_path, kind = excluded.kind, received_date = excluded.received_date")
                    .setParameter(1, text(d, "petitionId")).setParameter(2, unit(d))
                    .setParameter(3, d.path("kind").asText("")).setParameter(4, date(d, "receivedDate"))
                    .executeUpdate();
        } else if (TRANSITIONS.contains(type)) {
            String to = text(d, "to");
            LocalDate effective = date(d, "effectiveDate");
            boolean terminal = TERMINAL.contains(to);
            int onTime = "petition.resolved".equals(type) && d.hasNonNull("onTime") ? (d.get("onTime").asBoolean() ? 1 : 0) : -1;
            // A move between two terminal statuses (RESOLVED -> CLOSED) keeps the first settle date;
            // a move out of a terminal status (reopened) clears it. No null parameters: their SQL type is unknown.
            em.createNativeQuery("insert into rm_petition (petition_id, unit_path, status, settled_date, resolved_on_time)"
                    + " values (?1, ?2, ?3, case when ?6 then cast(?4 as date) end,"
                    + "   case ?5 when 1 then true when 0 then false end)"
                    + " on conflict (petition_id) do update set status = excluded.status,"
                    + " settled_date = case when not ?6 then null"
                    + "   when rm_petition.settled_date is not null and rm_petition.status in " + TERMINAL_SQL
                    + "   then rm_petition.settled_date else excluded.settled_date end,"
                    + " resolved_on_time = coalesce(excluded.resolved_on_time, rm_petition.resolved_on_time)")
                    .setParameter(1, text(d, "petitionId")).setParameter(2, unit(d)).setParameter(3, to)
                    .setParameter(4, effective).setParameter(5, onTime).setParameter(6, terminal)
                    .executeUpdate();
            // The history, so the status on any day can be told (issue 18.1): see V30.
            em.createNativeQuery("insert into rm_petition_transition (petition_id, effective_date, from_status, to_status)"
                    + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                    .setParameter(1, text(d, "petitionId")).setParameter(2, effective)
                    .setParameter(3, d.path("from").asText("")).setParameter(4, to)
                    .executeUpdate();
        } else if ("petition.corruption-signs-flagged".equals(type)) {
            em.createNativeQuery("insert into rm_petition (petition_id, unit_path, flagged_date) values (?1, ?2, ?3)"
                    + " on conflict (petition_id) do update set"
                    + " flagged_date = coalesce(rm_petition.flagged_date, excluded.flagged_date)")
                    .setParameter(1, text(d, "petitionId")).setParameter(2, unit(d)).setParameter(3, date(d, "flaggedDate"))
                    .executeUpdate();
        } else if ("petition.register-updated".equals(type)) {
            // In the register (complex, prolonged or crowded) from registerDate; out of it: no date.
            boolean registered = d.path("complex").asBoolean(false) || d.path("prolonged").asBoolean(false)
                    || d.path("crowded").asBoolean(false);
            em.createNativeQuery("insert into rm_petition (petition_id, unit_path, register_date)"
                    + " values (?1, ?2, case when ?4 then cast(?3 as date) end)"
                    + " on conflict (petition_id) do update set register_date = excluded.register_date")
                    .setParameter(1, text(d, "petitionId")).setParameter(2, unit(d))
                    .setParameter(3, date(d, "registerDate")).setParameter(4, registered)
                    .executeUpdate();
        }
        // Other petition events (deadline reminders) do not change any reported figure.
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyInspectionEvent(CloudEvent event) {
        JsonNode d = data(event);
        if ("team.decided".equals(event.type())) {
            String teamId = text(d, "teamId");
            List<String> domains = new ArrayList<>();
            d.path("domains").forEach(n -> domains.add(n.asText()));
            int inserted = em.createNativeQuery("insert into rm_team (team_id, unit_path, kind, basis, initiating_level,"
                    + " decision_date, domains, petition_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, ''))"
                    + " on conflict (team_id) do nothing")
                    .setParameter(1, teamId).setParameter(2, unit(d)).setParameter(3, text(d, "kind"))
                    .setParameter(4, text(d, "basis")).setParameter(5, text(d, "initiatingLevel"))
                    .setParameter(6, date(d, "decisionDate")).setParameter(7, String.join(",", domains))
                    .setParameter(8, d.path("petitionId").asText(""))
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
            for (JsonNode target : d.path("targets")) {
                int p = values.size();
                sql.append(position == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2)
                        .append(", ?").append(p + 3).append(", ?").append(p + 4).append(", nullif(?").append(p + 5)
                        .append(", ''), ?").append(p + 6).append(')');
                values.addAll(List.of(teamId, position++, text(target, "targetType"), text(target, "subjectId"),
                        target.path("organisationKind").asText(""),
                        target.path("standingCommitteeManaged").asBoolean(false)));
            }
            if (position > 0) {
                var insert = em.createNativeQuery(sql.append(" on conflict do nothing").toString());
                for (int i = 0; i < values.size(); i++) {
                    insert.setParameter(i + 1, values.get(i));
                }
                insert.executeUpdate();
            }
        } else if ("team.concluded".equals(event.type())) {
            em.createNativeQuery("update rm_team set concluded_date = ?2 where team_id = ?1")
                    .setParameter(1, text(d, "teamId")).setParameter(2, date(d, "concludedDate")).executeUpdate();
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

    private static String unit(JsonNode d) {
        String unit = text(d, "unitPath");
        if (!UnitPath.isValid(unit)) {
            throw new IllegalArgumentException("invalid unitPath");
        }
        return unit;
    }

    private static String text(JsonNode d, String field) {
        JsonNode n = d.get(field);
        if (n == null || n.isNull() || n.asText().isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return n.asText();
    }

    private static LocalDate date(JsonNode d, String field) {
        return LocalDate.parse(text(d, field));
    }
}
