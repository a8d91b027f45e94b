-- Retention of the change feed (chassis Retention; the rule is ChangeRetention's): the highest position
-- ever deleted, kept by the database itself on every delete, so a cursor below it answers 410
-- changes.cursor-expired (events after it are gone) instead of silently skipping them.
create table change_feed_horizon (
    id              smallint primary key default 1 check (id = 1),
    deleted_through bigint   not null default 0
);
insert into change_feed_horizon default values;

create function change_feed_horizon_advance() returns trigger language plpgsql as $$
begin
    update change_feed_horizon
       set deleted_through = greatest(deleted_through, (select coalesce(max(seq), 0) from gone));
    return null;
end
$$;

create trigger change_event_deleted after delete on change_event
    referencing old table as gone
    for each statement execute function change_feed_horizon_advance();
