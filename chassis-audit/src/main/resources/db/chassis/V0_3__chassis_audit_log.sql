-- Append-only audit log. Entries are inserted freely; the sealer chains them (seq, prev_hash, hash)
-- in commit order, so concurrent writers never wait on one another.
create table audit_log (
    id          bigserial primary key,
    at          timestamptz  not null,
    actor       varchar(128) not null,
    action      varchar(96)  not null,
    entity_type varchar(64)  not null,
    entity_id   varchar(64)  not null,
    unit_path   varchar(128),
    details     jsonb,
    seq         bigint unique,
    prev_hash   varchar(64),
    hash        varchar(64)
);
create index audit_log_unsealed on audit_log (id) where seq is null;
create index audit_log_entity on audit_log (entity_type, entity_id);

-- Append-only in the database too: an entry can be sealed once and never changed or deleted.
-- (Someone with the rights to bypass this, e.g. a superuser, is caught by the hash chain instead.)
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'audit_log is append-only';
    end if;
    if old.seq is not null
       or new.id is distinct from old.id or new.at is distinct from old.at
       or new.actor is distinct from old.actor or new.action is distinct from old.action
       or new.entity_type is distinct from old.entity_type or new.entity_id is distinct from old.entity_id
       or new.unit_path is distinct from old.unit_path or new.details is distinct from old.details then
        raise exception 'audit_log is append-only: only sealing may update an entry';
    end if;
    return new;
end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only();
