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
