-- ETag / If-Match on a year's table of days off and on a deadline rule (issue 19.6): their optimistic
-- version, so two administrators publishing or correcting the same legal data cannot overwrite each
-- other's change unseen. Numbered after V60_3 so that a database already there takes it in order.
alter table calendar_year add column version integer not null default 0;
alter table deadline_rule add column version integer not null default 0;
