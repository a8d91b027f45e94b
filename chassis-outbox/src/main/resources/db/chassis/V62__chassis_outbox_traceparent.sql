-- W3C traceparent of the request or event that wrote the event (issue 21.7): the relay sends it as the
-- CloudEvents Distributed Tracing extension attribute, so one trace follows a petition through the
-- services. Null for events written by scheduled jobs (they start no trace).
alter table outbox add column traceparent varchar(55);
