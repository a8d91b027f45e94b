-- One database per service, as in docs/contracts.md (run once, on the first start of the volume).
CREATE DATABASE petitions OWNER minhbach;
CREATE DATABASE inspections OWNER minhbach;
CREATE DATABASE programs OWNER minhbach;
