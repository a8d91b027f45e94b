/**
 * The commands the services take (issue 21.4): plain records with their Bean Validation constraints. The
 * resources accept them as JSON bodies as they are; {@code @Schema(name)} keeps the OpenAPI component
 * names the former request records of {@code rest} had, so the published document does not change.
 */
package vn.minhbach.inspections.service.command;
