-- programWork (unchanged by V2: this service's own small tables)
-- programWork: programs and topics
:explain select pr.code, pr.title, count(tp.id), count(tp.id) filter (where tp.lead_unit_path = :'u' or tp.lead_unit_path like :'p' or exists (select 1 from task k where k.topic_id = tp.id and (k.unit_path = :'u' or k.unit_path like :'p'))) from program pr join topic tp on tp.program_id = pr.id group by pr.id, pr.code, pr.title order by pr.code;
-- programWork: projects and solution groups
:explain select i.number, i.issued_date, i.issuer, i.title, count(g.id), count(g.id) filter (where exists (select 1 from task k where k.solution_group_id = g.id and (k.unit_path = :'u' or k.unit_path like :'p'))) from instrument i join solution_group g on g.instrument_id = i.id where i.kind = 'PROJECT' group by i.id, i.number, i.issued_date, i.issuer, i.title order by i.issued_date, i.number;
-- programWork: instruments issued
:explain select kind, number, issued_date, issuer, title from instrument where (issuer_unit_path = :'u' or issuer_unit_path like :'p') and issued_date between :'f' and :'t' order by issued_date, number;
-- programWork: tasks
:explain select count(*), count(*) filter (where completed_date between :'f' and :'t'), count(*) filter (where status <> 'CANCELLED' and due_date < :'t' and (completed_date is null or completed_date > :'t')) from task where (unit_path = :'u' or unit_path like :'p') and assigned_date <= :'t';
-- programWork: conferences
:explain select held_date, title, online, connected_sites, delegates from conference where (unit_path = :'u' or unit_path like :'p') and held_date between :'f' and :'t' order by held_date, id;
-- programWork: briefings
:explain select count(*) from briefing where (unit_path = :'u' or unit_path like :'p') and held_date between :'f' and :'t';
