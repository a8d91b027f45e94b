-- Unit scope by construction (docs/chassis.md section 5): the runtime role sees only the rows of the
-- scope its connection carries (minhbach.scope, set by the chassis for every pooled connection).
-- A recommendation is visible to the unit that issued it and to the unit that owns its follow-up.
alter table party_organisation enable row level security;
create policy party_organisation_scope on party_organisation using (minhbach_in_scope(unit_path)) with check (true);
alter table party_member enable row level security;
create policy party_member_scope on party_member using (minhbach_in_scope(unit_path)) with check (true);
alter table inspection_plan enable row level security;
create policy inspection_plan_scope on inspection_plan using (minhbach_in_scope(unit_path)) with check (true);
alter table lead enable row level security;
create policy lead_scope on lead using (minhbach_in_scope(unit_path)) with check (true);
alter table team enable row level security;
create policy team_scope on team using (minhbach_in_scope(unit_path)) with check (true);
alter table recommendation enable row level security;
create policy recommendation_scope on recommendation
    using (minhbach_in_scope(unit_path) or minhbach_in_scope(owner_unit)) with check (true);
