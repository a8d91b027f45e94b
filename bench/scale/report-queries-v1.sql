-- The read-model SQL of the period report before V2 (ReportService at be262b2): every fact row of the
-- subtree and period is read. For "before" timings on a database at Flyway V1.
-- rm_source
:explain select source, topic, events_applied, duplicates_skipped, last_event_time, last_applied_at from rm_source order by source;
-- citizenReception: visits
:explain select count(*), coalesce(sum(people), 0), count(*) filter (where group_visit) from rm_reception_visit where (unit_path = :'u' or unit_path like :'p') and visit_date between :'f' and :'t';
-- citizenReception: petitions received / settled / flagged
:explain select count(*) filter (where received_date between :'f' and :'t'), count(*) filter (where received_date between :'f' and :'t' and settled_date <= :'t'), count(*) filter (where flagged_date between :'f' and :'t') from rm_petition where (unit_path = :'u' or unit_path like :'p') and (received_date between :'f' and :'t' or flagged_date between :'f' and :'t');
-- inspectionSupervision: teams
:explain select t.initiating_level, t.kind, count(*) from rm_team t where (t.unit_path = :'u' or t.unit_path like :'p') and t.decision_date between :'f' and :'t' group by 1, 2;
-- inspectionSupervision: occurrences and distinct by kind
:explain select t.initiating_level, t.kind, x.target_type, coalesce(x.organisation_kind, ''), count(*), count(distinct x.subject_id), count(*) filter (where x.standing_committee_managed) from rm_team t join rm_team_target x on x.team_id = t.team_id where (t.unit_path = :'u' or t.unit_path like :'p') and t.decision_date between :'f' and :'t' group by 1, 2, 3, 4;
-- inspectionSupervision: distinct organisations
:explain select t.initiating_level, t.kind, count(distinct x.subject_id) from rm_team t join rm_team_target x on x.team_id = t.team_id where (t.unit_path = :'u' or t.unit_path like :'p') and t.decision_date between :'f' and :'t' and x.target_type = 'ORGANISATION' group by 1, 2;
-- signsOfViolation
:explain select count(distinct t.team_id), count(x.team_id) filter (where x.target_type = 'ORGANISATION'), count(x.team_id) filter (where x.target_type = 'MEMBER'), count(x.team_id) filter (where x.target_type = 'MEMBER' and x.standing_committee_managed), string_agg(distinct t.domains, ','), string_agg(distinct t.initiating_level, ',') from rm_team t left join rm_team_target x on x.team_id = t.team_id where (t.unit_path = :'u' or t.unit_path like :'p') and t.decision_date between :'f' and :'t' and t.kind = 'INSPECTION' and t.basis = 'SIGNS_OF_VIOLATION';
