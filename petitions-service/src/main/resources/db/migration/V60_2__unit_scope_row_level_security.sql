-- Unit scope by construction (docs/chassis.md section 5): the runtime role sees only the rows of the
-- scope its connection carries (minhbach.scope, set by the chassis for every pooled connection).
-- A petition or visit outside an official's subtree is absent for every query, JPQL or native.
-- Writes are checked by the services (with check (true)): a transfer moves a petition out of scope.
alter table petition enable row level security;
create policy petition_scope on petition using (minhbach_in_scope(unit_path)) with check (true);
alter table reception_visit enable row level security;
create policy reception_visit_scope on reception_visit using (minhbach_in_scope(unit_path)) with check (true);
alter table petition_number_sequence enable row level security;
create policy petition_number_sequence_scope on petition_number_sequence
    using (minhbach_in_scope(unit_path)) with check (true);
