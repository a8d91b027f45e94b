-- Issue 19.1: another government system's own reference for a petition it submitted (its case
-- number), unique per submitting client, and the SHA-256 of the request that first used it: the same
-- reference with the same request answers that petition again, with another request 409.
alter table petition add column external_reference varchar(100);
alter table petition add column external_request_hash char(64);
create unique index petition_external_reference on petition (submitted_by, external_reference)
    where external_reference is not null;
-- "my submissions" of an integration client (GET /api/v1/petitions as petition-intake)
create index petition_submitted_by on petition (submitted_by, submitter_role, received_date desc);
