-- Issue 19.4: Open311 GeoReport v2. A citizen-reporting app is a registered client holding an api_key;
-- only the key's SHA-256 is stored (the key is shown once, at registration), like receipt codes.
create table open311_client (
    id          uuid primary key,
    name        varchar(200) not null,
    key_hash    char(64)     not null unique,
    created_at  timestamptz  not null,
    created_by  varchar(200) not null,
    revoked_at  timestamptz
);

-- What an Open311 request carries besides the petition: the location of the issue (never the
-- petitioner's: name, e-mail and phone go to petitioner, encrypted) and the app's own ids.
create table open311_request (
    petition_id    uuid primary key references petition (id),
    client_id      uuid          not null references open311_client (id),
    service_code   varchar(32)   not null,
    lat            double precision,
    lon            double precision,
    address_string varchar(500),
    address_id     varchar(100),
    device_id      varchar(100),
    account_id     varchar(100),
    media_url      varchar(1000),
    requested_at   timestamptz   not null
);
create index open311_request_client on open311_request (client_id, requested_at desc);
