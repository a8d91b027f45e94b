-- Keyed chain: each entry names the key its HMAC-SHA256 was computed with (rotation). Entries sealed
-- before this migration keep key_id null and their plain SHA-256 hash; none may follow a keyed entry.
alter table audit_log add column key_id varchar(32);
grant update (key_id) on audit_log to "${app-role}";

-- TRUNCATE bypasses row triggers: refuse it with a statement trigger (and the runtime role lacks the right).
create function audit_log_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: TRUNCATE refused';
end $$;
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_no_truncate();

-- Auditors read the entries of their unit subtree only (GET /api/v1/audit).
alter table audit_log enable row level security;
create policy audit_log_scope on audit_log using (minhbach_in_scope(unit_path)) with check (true);
create index audit_log_unit_at on audit_log (unit_path, at);
