-- Version 60, above every service migration of the time (petitions V40, programs V31): databases already
-- migrated apply it as the next step (Flyway refuses a pending version below the applied ones), and its
-- grants cover every table that exists; the services' row-level security follows as V60_2.
-- The services connect as a runtime role that owns nothing (placeholder app-role, environment variable
-- DB_APP_USER); Flyway migrates as the owner of the database (DB_USER). The runtime role gets data
-- rights only: no DDL, no TRUNCATE, not the Flyway history, and on audit_log insert and sealing only.
-- The role itself is created by the platform (deploy/local/up, PostgresTestResource, the CloudNativePG
-- cluster's managed roles), not here: creating roles needs rights the owner should not have.
grant usage on schema public to "${app-role}";
grant select, insert, update, delete on all tables in schema public to "${app-role}";
grant usage, select on all sequences in schema public to "${app-role}";
alter default privileges in schema public grant select, insert, update, delete on tables to "${app-role}";
alter default privileges in schema public grant usage, select on sequences to "${app-role}";
revoke all on "${flyway:table}" from "${app-role}";
revoke update, delete on audit_log from "${app-role}";
grant update (seq, prev_hash, hash) on audit_log to "${app-role}";

-- Unit scope by construction (docs/chassis.md section 5). Every connection the pool hands out carries
-- minhbach.scope: the caller's unit path, '*' for the system (schedulers, consumers, public and
-- citizens' requests) or '' (nothing). Row-level security policies on every table with a unit path
-- call these functions; the owner (migrations) is not subject to them, the runtime role is.
create function minhbach_scope() returns text language sql stable as $$
    select coalesce(current_setting('minhbach.scope', true), '')
$$;

-- The record's unit is the scope's unit or lies below it.
create function minhbach_in_scope(path text) returns boolean language sql stable as $$
    select case minhbach_scope()
        when '*' then true
        when '' then false
        else path = minhbach_scope() or starts_with(path, minhbach_scope() || '.')
    end
$$;

-- In the subtree, or issued above the caller (a city program directs every district's work).
create function minhbach_concerns_scope(path text) returns boolean language sql stable as $$
    select case minhbach_scope()
        when '*' then true
        when '' then false
        else path = minhbach_scope() or starts_with(path, minhbach_scope() || '.')
             or starts_with(minhbach_scope(), path || '.')
    end
$$;
