-- Tables of the chassis tests only.
create table widget (
    id        varchar(64) primary key,
    name      varchar(100) not null,
    version   bigint not null default 0
);
create table consumed_effect (
    event_id  varchar(64) not null,
    consumer  varchar(64) not null,
    note      varchar(200)
);
