-- Unit scope (V60_2) for the tables added after the issue-15c work was written (V32, V40).
-- task_history (V32): a task's moves (unit.succession); from_unit/to_unit describe the move, the row
-- belongs to its task. It is in scope exactly when its task is (the subquery reads task under task's own
-- policy), as GET /api/v1/tasks/{id}/history answers it.
alter table task_history enable row level security;
create policy task_history_scope on task_history
    using (exists (select 1 from task t where t.id = task_history.task_id)) with check (true);
-- Not unit-scoped by row-level security, on purpose:
--  * change_event (V40) has a unit_path, but its readers are not all unit-scoped callers: an
--    integration client (petition-intake, no unit claim, so the empty scope) follows the events of the
--    petitions it submitted, whatever their unit. ChangeStore.after filters every read by FeedScope
--    (the caller's unit subtree, or the client's reference); the writer is the change-feed consumer and
--    the readers of webhook deliveries are the dispatcher (both without a caller: system scope).
--  * change_aggregate_client (V40): aggregate id -> submitting client, no unit; written and read by
--    the change-feed consumer only.
--  * webhook_subscription, webhook_delivery (V40): owned by the subscriber (owner = token subject);
--    every request selects by owner (WebhookSubscriptions), the dispatcher (no caller) reads them all.
--    scope_unit is the subscription's filter on the feed, not the unit the row belongs to.
-- The runtime role's rights on these tables and on change_event_seq_seq come from V60 (grant on all
-- tables and sequences, which on a fresh database runs after V32/V40) and its default privileges.
