-- Issue 21.3: petitions-service now says in every transition event whether its `to` and `from` statuses
-- are settled ("giải quyết xong": `settled`, `fromSettled`), so the read model keeps its facts instead of
-- re-deriving them from a list of statuses of its own. The history keeps them per transition; the report's
-- "settled on `to`" reads them (CitizenReceptionFigures.reopenedTerminalOnTo).
alter table rm_petition_transition add column from_settled boolean, add column to_settled boolean;

-- Rows applied before the change came from events without the fact: they get the list those events were
-- published under (the same list as vn.minhbach.events.PetitionEventData.LegacySettled, which reads old
-- events still to come, e.g. on a replay of the topic).
update rm_petition_transition set
    from_settled = from_status in ('RESOLVED', 'CLOSED', 'NOT_ACCEPTED', 'TRANSFERRED', 'GUIDED', 'FILED', 'WITHDRAWN'),
    to_settled = to_status in ('RESOLVED', 'CLOSED', 'NOT_ACCEPTED', 'TRANSFERRED', 'GUIDED', 'FILED', 'WITHDRAWN');

alter table rm_petition_transition alter column from_settled set not null, alter column to_settled set not null;

-- Was V30's rm_petition_transition_reopened (the same rows, by the statuses' list).
drop index rm_petition_transition_reopened;
create index rm_petition_transition_reopened on rm_petition_transition (effective_date, petition_id)
    where from_settled and not to_settled;
