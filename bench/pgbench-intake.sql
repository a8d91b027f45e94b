-- pgbench custom script: the two inserts of one intake (the petition row and its outbox event), in
-- one transaction, as petitions-service writes them. Run on a schema-only copy of the petitions
-- database (same tables, same indexes, same PostgreSQL), never on the service's own database: the
-- outbox relay would publish these rows.
\set r random(1, 2000000000)
begin;
insert into petition (id, number, unit_path, received_date, channel, kind, status, domains,
                      subject_kind, subject_description, content, submitter_role, petitioner_count,
                      last_effective_date, created_at)
values (gen_random_uuid(), 'PGB-' || gen_random_uuid(), '01.021.99990', current_date, 'IN_PERSON',
        'FEEDBACK', 'RECEIVED', '{URBAN_MANAGEMENT}', 'ACT',
        'Đo tải tiếp nhận pgbench luồng ' || :client_id || ' số ' || :r,
        'Phản ánh đo tải tiếp nhận, lượt pgbench, luồng ' || :client_id || ', đơn số ' || :r || '.',
        'RECEPTION_OFFICER', 1, current_date, now());
insert into outbox (id, aggregate_type, aggregate_id, event_type, payload, created_at)
values (gen_random_uuid(), 'petition', gen_random_uuid()::text, 'petition.received',
        jsonb_build_object('specversion', '1.0', 'id', gen_random_uuid(), 'source', '/minhbach/petitions-service',
                           'type', 'petition.received', 'subject', :r, 'time', now(),
                           'datacontenttype', 'application/json',
                           'data', jsonb_build_object('unitPath', '01.021.99990', 'petitionId', gen_random_uuid(),
                                                      'number', 'PGB-' || :r, 'kind', 'FEEDBACK', 'channel', 'IN_PERSON',
                                                      'domains', jsonb_build_array('URBAN_MANAGEMENT'),
                                                      'receivedDate', current_date, 'anonymous', false)),
        now());
commit;
