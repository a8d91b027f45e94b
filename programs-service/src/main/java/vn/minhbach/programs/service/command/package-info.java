/**
 * Commands of the programs use cases: what a caller asks a service to do, as plain records with their Bean
 * Validation constraints. A resource takes one as its JSON body (the record's components are the wire names);
 * none carries a server-owned field (id, status, creator, timestamps); a unit path, where present, must lie
 * within the caller's subtree.
 */
package vn.minhbach.programs.service.command;
