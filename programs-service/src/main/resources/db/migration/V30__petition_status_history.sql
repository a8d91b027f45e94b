-- Issue 18.1: a period's figures depend only on what happened up to `to`. rm_petition keeps the
-- current status and the start of the current settled run only, so a complaint resolved inside the
-- period and appealed (reopened) after it used to count as in progress in past reports. This keeps
-- every transition (docs/contracts.md: each transition event carries from, to and effectiveDate), so
-- the report can tell a petition's status on any day. Keyed by its content, so a re-published event
-- under a new id adds no row.
create table rm_petition_transition (
    petition_id    varchar(64) not null,
    effective_date date        not null,
    from_status    varchar(32) not null,
    to_status      varchar(32) not null,
    primary key (petition_id, effective_date, from_status, to_status)
);

-- The only petitions whose status on `to` differs from "settled_date <= to" are those that left a
-- terminal status after `to` (reopened, appealed): rare, found through this partial index.
create index rm_petition_transition_reopened on rm_petition_transition (effective_date, petition_id)
    where from_status in ('RESOLVED', 'CLOSED', 'NOT_ACCEPTED', 'TRANSFERRED', 'GUIDED', 'FILED', 'WITHDRAWN')
      and to_status not in ('RESOLVED', 'CLOSED', 'NOT_ACCEPTED', 'TRANSFERRED', 'GUIDED', 'FILED', 'WITHDRAWN');
