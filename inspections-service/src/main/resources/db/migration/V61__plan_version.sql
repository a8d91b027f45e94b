-- ETag / If-Match on inspection plans (issue 19.6): their optimistic version, as teams, recommendations
-- and leads have. Numbered after V60_2 so that a database already there takes it in order.
alter table inspection_plan add column version integer not null default 0;
