-- Issue 18.5: complex / backlogged cases tracked by the steering committee and corruption cases still
-- to be handled, in the period report. petitions-service publishes its register of complex,
-- prolonged and crowded cases (petition.register-updated); a team opened from a flagged petition
-- carries its petitionId (team.decided), and its conclusion date closes the case for the report.
alter table rm_petition add column register_date date;
create index rm_petition_registered on rm_petition (unit_path text_pattern_ops, register_date)
    where register_date is not null;

alter table rm_team add column petition_id varchar(64);
create index rm_team_petition on rm_team (petition_id) where petition_id is not null;
