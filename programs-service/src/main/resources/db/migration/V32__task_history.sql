-- Issue 17.6: a task's history. The hand-over of a retired unit's open work (unit.succession) moves a
-- task to a successor unit; each move is kept here (and in the audit log, and as task.reassigned).
create table task_history (
    id             uuid         primary key,
    task_id        bigint       not null references task (id),
    seq            integer      not null,
    action         varchar(32)  not null,
    from_unit      varchar(64),
    to_unit        varchar(64),
    effective_date date         not null,
    note           varchar(500),
    actor          varchar(200) not null,
    recorded_at    timestamptz  not null,
    unique (task_id, seq)
);
