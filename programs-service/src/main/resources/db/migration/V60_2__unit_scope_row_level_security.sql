-- Unit scope by construction (docs/chassis.md section 5): the runtime role sees only the rows of the
-- scope its connection carries (minhbach.scope, set by the chassis for every pooled connection).
-- A program concerns its own subtree and every unit below it; programs issued above the caller
-- (a city program directs every district's work) are visible too. Instruments (legal documents) and
-- topics (read through their program) are not unit-scoped.
alter table program enable row level security;
create policy program_scope on program using (minhbach_concerns_scope(unit_path)) with check (true);
alter table task enable row level security;
create policy task_scope on task using (minhbach_in_scope(unit_path)) with check (true);
alter table progress_report enable row level security;
create policy progress_report_scope on progress_report using (minhbach_in_scope(unit_path)) with check (true);
alter table conference enable row level security;
create policy conference_scope on conference using (minhbach_in_scope(unit_path)) with check (true);
alter table briefing enable row level security;
create policy briefing_scope on briefing using (minhbach_in_scope(unit_path)) with check (true);
alter table rm_petition enable row level security;
create policy rm_petition_scope on rm_petition using (minhbach_in_scope(unit_path)) with check (true);
alter table rm_reception_visit enable row level security;
create policy rm_reception_visit_scope on rm_reception_visit using (minhbach_in_scope(unit_path)) with check (true);
alter table rm_team enable row level security;
create policy rm_team_scope on rm_team using (minhbach_in_scope(unit_path)) with check (true);
alter table rm_petition_month enable row level security;
create policy rm_petition_month_scope on rm_petition_month using (minhbach_in_scope(unit_path)) with check (true);
alter table rm_petition_flagged_month enable row level security;
create policy rm_petition_flagged_month_scope on rm_petition_flagged_month using (minhbach_in_scope(unit_path)) with check (true);
alter table rm_reception_visit_month enable row level security;
create policy rm_reception_visit_month_scope on rm_reception_visit_month using (minhbach_in_scope(unit_path)) with check (true);
alter table rm_team_month enable row level security;
create policy rm_team_month_scope on rm_team_month using (minhbach_in_scope(unit_path)) with check (true);
alter table rm_team_target_month enable row level security;
create policy rm_team_target_month_scope on rm_team_target_month using (minhbach_in_scope(unit_path)) with check (true);
alter table rm_organisation_subject enable row level security;
create policy rm_organisation_subject_scope on rm_organisation_subject using (minhbach_in_scope(unit_path)) with check (true);
alter table rm_organisation_month enable row level security;
create policy rm_organisation_month_scope on rm_organisation_month using (minhbach_in_scope(unit_path)) with check (true);
