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
import vn.minhbach.inspections.PartyMember;
import vn.minhbach.inspections.service.SubjectCsv;
import vn.minhbach.inspections.service.SubjectQueries;
import vn.minhbach.inspections.service.SubjectService;
import vn.minhbach.inspections.service.command.MemberCommand;
import vn.minhbach.inspections.service.command.RelationCommand;
import vn.minhbach.chassis.idempotency.Idempotent;

@Path("/api/v1/party-members")
@Tag(name = "Party members (đảng viên)")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class PartyMemberResource {

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
    @Operation(summary = "Create a party member (tạo đảng viên)")
    public Response create(@Valid @NotNull MemberCommand request) {
        PartyMember m = subjects.createMember(request);
        return Response.created(URI.create("/api/v1/party-members/" + m.id)).entity(MemberResponse.of(m)).build();
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List party members of the caller's unit subtree (danh sách đảng viên)")
    public Page<MemberResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("organisationId") UUID organisationId) {
        return Views.page(queries.members(caller.unit(), organisationId, page), MemberResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One party member")
    public MemberResponse get(@PathParam("id") UUID id) {
        return MemberResponse.of(queries.member(id));
    }

    @POST
    @Path("/{id}/relations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @Operation(summary = "Declare a relation to another member (kê khai quan hệ), used for conflicts of interest")
    public Response relate(@PathParam("id") UUID id, @Valid @NotNull RelationCommand request) {
        subjects.addRelation(id, request);
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @Operation(summary = "Import party members from CSV (nhập đảng viên): code,fullName,organisationCode,position,cadreCategory")
    public ImportResult importCsv(String csv) {
        return new ImportResult(files.importMembers(csv));
    }

    @GET
    @Path("/export")
    @Produces("text/csv;charset=UTF-8")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Export the subtree's party members as CSV (xuất đảng viên)")
    public String exportCsv() {
        return files.exportMembers();
    }
}
