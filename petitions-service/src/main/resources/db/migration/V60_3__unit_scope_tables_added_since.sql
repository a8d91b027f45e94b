-- Unit scope (V60_2) for the tables added after the issue-15c work was written (V42, V47, V48):
-- V42 only adds columns to petition, which V60_2 already covers.
-- open311_request (V47) holds the location and app ids of an Open311 petition, one row per petition and
-- no unit of its own: it is in scope exactly when its petition is (the subquery reads petition under
-- petition's own policy, so a transfer moves both at once, with no copied unit_path to keep in step).
alter table open311_request enable row level security;
create policy open311_request_scope on open311_request
    using (exists (select 1 from petition p where p.id = open311_request.petition_id)) with check (true);
-- Not unit-scoped, on purpose (no unit in the row):
--  * open311_client (V47): the registered Open311 apps, administered by the administrator for the whole
--    system (GET/POST /api/v1/open311-clients, admin only) and looked up by key hash for an api_key.
--  * pending_upload (V48): an upload before it is referenced, owned by its uploader (token subject or the
--    hash of an anonymous submitter's upload token); every read selects by owner and id, the expiry job
--    (no caller, system scope) deletes by expires_at.
-- The runtime role's rights on all three and on their sequences come from V60 (grant on all tables,
-- which on a fresh database runs after V47/V48) and its default privileges (tables created later).
