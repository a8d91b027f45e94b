-- Luật 136/2025/QH15 (in force 1 Jul 2026), the new article on temporary suspension of complaint
-- resolution (reported as Luật Khiếu nại Đ.11a): the time a complaint's resolution is temporarily
-- suspended is not counted in its resolution period. While SUSPENDED: the day it was suspended and
-- the status it returns to on RESUME; suspended_days = the days of all finished suspensions, counted
-- in the resolution rule's unit, added to the limit like extension days.
alter table petition add column suspended_since date;
alter table petition add column suspended_status varchar(32);
alter table petition add column suspended_days integer not null default 0;
