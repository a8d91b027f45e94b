package vn.minhbach.inspections.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.PartyOrganisation;
import vn.minhbach.inspections.service.SubjectCsv;
import vn.minhbach.inspections.service.SubjectQueries;
import vn.minhbach.inspections.service.SubjectService;
import vn.minhbach.inspections.service.command.OrganisationCommand;
import vn.minhbach.chassis.idempotency.Idempotent;

@Path("/api/v1/party-organisations")
@Tag(name = "Party organisations (tổ chức đảng)")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class PartyOrganisationResource {

    @Inject
    SubjectService subjects;
    @Inject
    SubjectQueries queries;
    @Inject
    SubjectCsv files;
    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @Operation(summary = "Create a party organisation (tạo tổ chức đảng)")
    public Response create(@Valid @NotNull OrganisationCommand request) {
        PartyOrganisation o = subjects.createOrganisation(request);
        return Response.created(URI.create("/api/v1/party-organisations/" + o.id)).entity(OrganisationResponse.of(o))
                .build();
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List party organisations of the caller's unit subtree (danh sách tổ chức đảng)")
    public Page<OrganisationResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("kind") OrganisationKind kind) {
        return Views.page(queries.organisations(caller.unit(), kind, page), OrganisationResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One party organisation")
    public OrganisationResponse get(@PathParam("id") UUID id) {
        return OrganisationResponse.of(queries.organisation(id));
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @Operation(summary = "Import party organisations from CSV (nhập tổ chức đảng): code,name,kind,parentCode,unitPath")
    public ImportResult importCsv(String csv) {
        return new ImportResult(files.importOrganisations(csv));
    }

    @GET
    @Path("/export")
    @Produces("text/csv;charset=UTF-8")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Export the subtree's party organisations as CSV (xuất tổ chức đảng)")
    public String exportCsv() {
        return files.exportOrganisations();
    }
}
