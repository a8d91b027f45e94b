-- Issue 20: a file is uploaded first (raw body, streamed through the gateway), then referenced by
-- intake, an addition or an anonymous submission. Until then it is pending, owned by its uploader
-- (an official's or citizen's token subject, or for an anonymous submitter the hash of the upload
-- token only they hold: no address, no account), and expires.
create table pending_upload (
    id           uuid primary key,
    owner        varchar(200) not null,
    name         varchar(255) not null,
    content_type varchar(100) not null,
    size         bigint       not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null
);
create index pending_upload_owner on pending_upload (owner);
create index pending_upload_expires on pending_upload (expires_at);
