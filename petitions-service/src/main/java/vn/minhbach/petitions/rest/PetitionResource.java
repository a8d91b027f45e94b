package vn.minhbach.petitions.rest;

import static vn.minhbach.petitions.Roles.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.http.Preconditions;
import vn.minhbach.chassis.idempotency.IdempotencyKeys;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.petitions.Attachment;
import vn.minhbach.petitions.Channel;
import vn.minhbach.petitions.Domain;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionKind;
import vn.minhbach.petitions.PetitionStatus;
import vn.minhbach.petitions.rest.PetitionRequests.IdentityRevealRequest;
import vn.minhbach.petitions.rest.PetitionRequests.TransitionRequest;
import vn.minhbach.petitions.rest.PetitionViews.IdentityView;
import vn.minhbach.petitions.rest.PetitionViews.IntakeResult;
import vn.minhbach.petitions.rest.PetitionViews.PetitionSummary;
import vn.minhbach.petitions.rest.PetitionViews.PetitionView;
import vn.minhbach.petitions.rest.PetitionViews.PetitionerIdentity;
import vn.minhbach.petitions.rest.PetitionViews.RegisterList;
import vn.minhbach.petitions.rest.PetitionViews.TrackingView;
import vn.minhbach.petitions.rest.SubmissionViews.SubmissionSummary;
import vn.minhbach.petitions.rest.SubmissionViews.SubmissionView;
import vn.minhbach.petitions.service.ClientSubmissions;
import vn.minhbach.petitions.service.DuplicateFinder;
import vn.minhbach.petitions.service.DuplicateSuggestion;
import vn.minhbach.petitions.service.PetitionQueries;
import vn.minhbach.petitions.service.PetitionService;
import vn.minhbach.petitions.service.Statistics;
import vn.minhbach.petitions.service.command.AttachmentInput;
import vn.minhbach.petitions.service.command.CorruptionFlagCommand;
import vn.minhbach.petitions.service.command.ExtensionCommand;
import vn.minhbach.petitions.service.command.LinkCommand;
import vn.minhbach.petitions.service.command.PetitionIntake;
import vn.minhbach.petitions.service.command.RegisterCommand;

@Path("/api/v1/petitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Petitions (Đơn thư)", description = "Khiếu nại, tố cáo, kiến nghị, phản ánh from intake to resolution")
public class PetitionResource {

    @Inject
    PetitionService petitions;
    @Inject
    vn.minhbach.petitions.service.PetitionAttachments attachments;
    @Inject
    vn.minhbach.petitions.service.PetitionAdditions additions;
    @Inject
    vn.minhbach.petitions.service.ExtensionService extensions;
    @Inject
    vn.minhbach.petitions.service.PetitionLinks links;
    @Inject
    vn.minhbach.petitions.service.PetitionFlags flags;
    @Inject
    PetitionQueries queries;
    @Inject
    PetitionMapping mapping;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    DuplicateFinder duplicates;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    ObjectMapper mapper;
    @Inject
    ClientSubmissions submissions;
    @Inject
    SubmissionMapping submissionMapping;
    @Inject
    GuardedCommands guarded;
    @Inject
    IntakeRecorder recorder;
    @Inject
    vn.minhbach.petitions.service.IdentityReveals reveals;
    @Inject
    vn.minhbach.petitions.service.PetitionFileQueries files;


    /**
     * With an {@code Idempotency-Key} header, a retry of the same request by the same caller within
     * 24 hours answers the first petition again instead of recording a second one (see
     * {@link IdempotencyKeys}). The key row, the petition and its event commit together.
     */
    @POST
    @Transactional
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER, CITIZEN, PETITION_INTAKE})
    @Operation(summary = "Tiếp nhận đơn: record a petition; answers likely duplicates with a score. "
            + "Optional Idempotency-Key (1-128 visible ASCII characters): a repeat of the same request within "
            + "24 hours answers the first petition again; the same key with another request is a 409.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, required = false,
            schema = @Schema(type = SchemaType.STRING,
                    minLength = 1, maxLength = 128, pattern = "^[\\x21-\\x7E]+$"),
            description = "Unique per request of this caller; a repeat within 24 hours answers the first petition")
    @APIResponse(responseCode = "201", description = "Recorded (or, with Idempotency-Key, the first answer again); "
            + "header Location", content = @Content(schema = @Schema(implementation = IntakeResult.class)))
    @APIResponse(responseCode = "200", description = "The petition this client already submitted with the same "
            + "externalReference and the same request; header Idempotent-Replayed: true",
            content = @Content(schema = @Schema(implementation = IntakeResult.class)))
    public Response intake(@Context HttpHeaders headers, @NotNull @Valid PetitionIntake body) {
        String key = IdempotencyKeys.key(headers.getRequestHeader(IdempotencyKeys.HEADER));
        if (key == null) {
            return record(body).toResponse();
        }
        return idempotency.once(caller.subject(), key, idempotency.requestHash("POST /api/v1/petitions", body),
                () -> record(body)).toResponse();
    }

    private IdempotencyKeys.Answer record(PetitionIntake body) {
        return recorder.record(body);
    }

    @GET
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER, LEADER, AUDITOR, PETITION_INTAKE})
    @Operation(summary = "Tra cứu đơn: search by kind, status, domain, unit subtree, period, overdue, text, "
            + "externalReference; sort. Officials: their unit subtree (items PetitionSummary). An integration "
            + "client (petition-intake): only the petitions it submitted (items SubmissionSummary)")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(oneOf = {PetitionSummary.class, SubmissionSummary.class})))
    public Page<?> search(@QueryParam("kind") PetitionKind kind, @QueryParam("status") PetitionStatus status,
            @QueryParam("domain") Domain domain, @QueryParam("unit") @Pattern(regexp = UnitPath.REGEX) String unit,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("overdue") Boolean overdue, @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("externalReference") @Size(min = 1, max = 100) String externalReference,
            @Parameter(description = "Comma-separated: receivedDate, number, status, kind, nextDueDate, id; "
                    + "- before a name for descending. Default -receivedDate,-number")
            @QueryParam("sort") @Size(max = 200) String sort, @BeanParam @Valid PageRequest page) {
        var filter = new PetitionQueries.Filter(kind, status, domain, unit, from, to, overdue, q, asOf);
        if (submissions.isClient()) {
            return Pages.of(queries.search(filter, submissions.me(), externalReference, sort), page,
                    submissionMapping::summary);
        }
        return Pages.of(queries.search(filter, null, externalReference, sort), page, mapping::summary);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({PETITION_HANDLER, LEADER, AUDITOR})
    @Operation(summary = "Xuất danh sách đơn (CSV), without any petitioner identity")
    public Response export(@QueryParam("kind") PetitionKind kind, @QueryParam("status") PetitionStatus status,
            @QueryParam("domain") Domain domain, @QueryParam("unit") @Pattern(regexp = UnitPath.REGEX) String unit,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("overdue") Boolean overdue, @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("asOf") LocalDate asOf) {
        List<Petition> rows = queries.search(new PetitionQueries.Filter(kind, status, domain, unit, from, to, overdue,
                q, asOf)).range(0, 9999).list();
        // Every text cell quoted, formula cells defused (chassis CsvWriter, issue 15.7).
        vn.minhbach.chassis.csv.CsvWriter csv = vn.minhbach.chassis.csv.CsvWriter.quoted(PetitionMapping.CSV_HEADER);
        rows.forEach(p -> mapping.csv(csv, p));
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"petitions.csv\"").build();
    }

    @GET
    @Path("/due-soon")
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER, LEADER})
    @Operation(summary = "Đơn sắp đến hạn: open petitions of my unit whose clock ends within `days` days")
    public Page<PetitionSummary> dueSoon(@QueryParam("days") @DefaultValue("7") @Min(0) @Max(90) int days,
            @QueryParam("asOf") LocalDate asOf, @BeanParam @Valid PageRequest page) {
        return Pages.of(queries.dueSoon(asOf == null ? petitions.today() : asOf, days), page, mapping::summary);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER, LEADER})
    @Operation(summary = "Đơn quá hạn: open petitions of my unit past their due date")
    public Page<PetitionSummary> overdue(@QueryParam("asOf") LocalDate asOf, @BeanParam @Valid PageRequest page) {
        return Pages.of(queries.overdue(asOf == null ? petitions.today() : asOf), page, mapping::summary);
    }

    @GET
    @Path("/statistics")
    @RolesAllowed({LEADER, PETITION_HANDLER, UNIT_REPORTER, AUDITOR, STATISTICS_READER})
    @Operation(summary = "Thống kê tiếp công dân và đơn thư for a unit subtree and period")
    public Statistics statistics(@QueryParam("unit") @Pattern(regexp = UnitPath.REGEX) String unit,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        return queries.statistics(unit, from, to);
    }

    @GET
    @Path("/register")
    @RolesAllowed({LEADER, PETITION_HANDLER, AUDITOR})
    @Operation(summary = "Sổ vụ việc phức tạp, tồn đọng, kéo dài (steering committee register) with counts")
    public RegisterList registerList(@QueryParam("unit") @Pattern(regexp = UnitPath.REGEX) String unit) {
        List<Petition> rows = queries.register(unit).range(0, 999).list();
        return new RegisterList(rows.stream().map(mapping::registerEntry).toList(), rows.size(),
                rows.stream().filter(p -> p.registerComplex).count(),
                rows.stream().filter(p -> p.registerProlonged).count(),
                rows.stream().filter(p -> p.registerCrowded).count());
    }

    @GET
    @Path("/mine")
    @RolesAllowed(CITIZEN)
    @Operation(summary = "Đơn của tôi: a citizen's own petitions with status, due dates and outcome")
    public Page<TrackingView> mine(@BeanParam @Valid PageRequest page) {
        return Pages.of(queries.mine(), page, mapping::tracking);
    }

    @Inject
    vn.minhbach.petitions.service.TokenPetitioner tokenPetitioner;

    @GET
    @Path("/mine/draft")
    @RolesAllowed(CITIZEN)
    @Operation(summary = "Đơn mới của tôi: the petitioner prefilled from the login token (Vietnamese name order), the channel, and the unit directory to choose unitPath from")
    public PetitionViews.PetitionDraft draft() {
        PetitionViews.DraftPetitioner who = tokenPetitioner.fromToken()
                .map(p -> new PetitionViews.DraftPetitioner(p.name(), p.email(), p.phone(), p.address(), true))
                .orElse(null);
        return new PetitionViews.PetitionDraft(who, Channel.MOBILE_APP.name(), "/api/v1/units");
    }

    @Inject
    vn.minhbach.petitions.service.CitizenChanges citizenChanges;

    @GET
    @Path("/mine/changes")
    @RolesAllowed(CITIZEN)
    @Operation(summary = "Thay đổi trên đơn của tôi (change feed for notifications): the steps of my petitions after the cursor, oldest first; poll with after=<next>")
    public PetitionViews.CitizenChanges myChanges(
            @QueryParam("after") @jakarta.validation.constraints.Size(max = 200) String after,
            @QueryParam("size") @DefaultValue("50") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(200) int size) {
        return mapping.changes(citizenChanges.ofOwner(caller.name(), after, size));
    }

    @GET
    @Path("/mine/{id}")
    @RolesAllowed(CITIZEN)
    @Operation(summary = "Theo dõi đơn của tôi: one of my petitions with its status history")
    public TrackingView mineOne(@PathParam("id") UUID id) {
        return mapping.tracking(myPetition(id));
    }

    /** A petition this citizen submitted from their account, or 404 as for a missing one. */
    private Petition myPetition(UUID id) {
        return queries.mine(id);
    }

    @POST
    @Path("/mine/{id}/withdrawals")
    @RolesAllowed(CITIZEN)
    @Transactional
    @Operation(summary = "Rút đơn: the citizen withdraws their own petition (a WITHDRAW step, today)")
    public TrackingView withdrawMine(@PathParam("id") UUID id, @Valid PetitionRequests.PetitionerStepRequest body) {
        PetitionRequests.PetitionerStepRequest b = body == null ? new PetitionRequests.PetitionerStepRequest(null, null) : body;
        return mapping.tracking(petitions.petitionerStep(myPetition(id), vn.minhbach.petitions.Action.WITHDRAW,
                b.documentReference(), b.reason()));
    }

    @POST
    @Path("/mine/{id}/appeals")
    @RolesAllowed(CITIZEN)
    @Transactional
    @Operation(summary = "Khiếu nại lần hai: the complainant appeals the first-instance decision (an APPEAL step, today)")
    public TrackingView appealMine(@PathParam("id") UUID id, @NotNull @Valid PetitionRequests.PetitionerStepRequest body) {
        return mapping.tracking(petitions.petitionerStep(myPetition(id), vn.minhbach.petitions.Action.APPEAL,
                body.documentReference(), body.reason()));
    }

    @POST
    @Path("/mine/{id}/additions")
    @RolesAllowed(CITIZEN)
    @Transactional
    @Operation(summary = "Bổ sung thông tin: the citizen adds information to their own open petition (a step, no status change)")
    public TrackingView addToMine(@PathParam("id") UUID id, @NotNull @Valid PetitionRequests.InformationRequest body) {
        return mapping.tracking(additions.addInformation(myPetition(id), body.content(), body.uploadIds()));
    }

    @GET
    @Path("/mine/{id}/attachments")
    @RolesAllowed(CITIZEN)
    @Operation(summary = "Tệp của tôi trong đơn: the files I gave with my petition and its additions "
            + "(not the officials' case documents); another's petition answers 404")
    public List<PetitionViews.AttachmentView> myFiles(@PathParam("id") UUID id) {
        return attachments.petitionersFiles(myPetition(id)).stream().map(PetitionViews.AttachmentView::of).toList();
    }

    @GET
    @Path("/mine/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(CITIZEN)
    @Operation(summary = "Tải tệp của tôi: as the officials' download (filename*, strong ETag, If-None-Match, one "
            + "byte range); another's petition or file answers 404")
    public Response myFile(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
            @Context HttpHeaders headers) {
        Attachment a = attachments.petitionersFile(myPetition(id), attachmentId);
        return Downloads.answer(a.content, a.contentType, a.name, a.sha256, headers);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER, LEADER, AUDITOR, IDENTITY_CUSTODIAN, PETITION_INTAKE})
    @Operation(summary = "Chi tiết đơn: status, due dates, history, attachments (no identity). An integration "
            + "client (petition-intake) reads only petitions it submitted, as a SubmissionView. ETag: the version")
    @APIResponse(responseCode = "200", description = "The petition; header ETag",
            content = @Content(schema = @Schema(oneOf = {PetitionView.class, SubmissionView.class})))
    public Response get(@PathParam("id") UUID id) {
        Petition p = submissions.isClient() ? submissions.own(id) : petitions.scoped(id);
        Object view = submissions.isClient() ? submissionMapping.view(p) : mapping.view(p);
        return Response.ok(view).header(Preconditions.ETAG, Preconditions.etag(p.version)).build();
    }

    @GET
    @Path("/{id}/duplicates")
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER})
    @Operation(summary = "Đơn trùng lặp: likely duplicates of this petition with a score")
    public List<DuplicateSuggestion> duplicatesOf(@PathParam("id") UUID id) {
        Petition p = petitions.scoped(id);
        return duplicates.suggest(p, files.petitionerFingerprints(p.id), caller.unit());
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(PETITION_HANDLER)
    @Operation(summary = "Chuyển trạng thái: thụ lý, không thụ lý, chuyển đơn, hướng dẫn, lưu đơn, xác minh, giải quyết, đóng, khiếu nại lần hai, rút đơn, tạm đình chỉ và tiếp tục giải quyết khiếu nại (từ 01/07/2026, Luật 136/2025/QH15; lý do trong note)")
    @APIResponse(responseCode = "200", description = "The petition after the step; header ETag",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public Response transition(@PathParam("id") UUID id, @Context HttpHeaders headers,
            @NotNull @Valid TransitionRequest body) {
        return guarded.run("POST /api/v1/petitions/{id}/transitions", id, headers, body, 200,
                () -> mapping.view(petitions.transition(id, body.step())));
    }

    @POST
    @Path("/{id}/extensions")
    @RolesAllowed(PETITION_HANDLER)
    @Operation(summary = "Gia hạn giải quyết within the rule's allowed extensions")
    @APIResponse(responseCode = "200", description = "The petition with its new due date; header ETag",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public Response extend(@PathParam("id") UUID id, @Context HttpHeaders headers,
            @NotNull @Valid ExtensionCommand body) {
        return guarded.run("POST /api/v1/petitions/{id}/extensions", id, headers, body, 200,
                () -> mapping.view(extensions.extend(id, body)));
    }

    @POST
    @Path("/{id}/links")
    @RolesAllowed(PETITION_HANDLER)
    @Operation(summary = "Liên kết đơn trùng (filed, not a new matter) hoặc đơn tái diễn (repeat)")
    @APIResponse(responseCode = "200", description = "The linked petition; header ETag",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public Response link(@PathParam("id") UUID id, @Context HttpHeaders headers, @NotNull @Valid LinkCommand body) {
        return guarded.run("POST /api/v1/petitions/{id}/links", id, headers, body, 200,
                () -> mapping.view(links.link(id, body)));
    }

    @PUT
    @Path("/{id}/register")
    @RolesAllowed({PETITION_HANDLER, LEADER})
    @Operation(summary = "Đưa vào / cập nhật sổ vụ việc phức tạp, kéo dài, đông người")
    @APIResponse(responseCode = "200", description = "The petition; header ETag",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public Response register(@PathParam("id") UUID id, @Context HttpHeaders headers,
            @NotNull @Valid RegisterCommand body) {
        return guarded.run("PUT /api/v1/petitions/{id}/register", id, headers, body, 200,
                () -> mapping.view(flags.register(id, body)));
    }

    @POST
    @Path("/{id}/corruption-signs")
    @RolesAllowed(PETITION_HANDLER)
    @Operation(summary = "Đánh dấu dấu hiệu tham nhũng: inspections opens a lead")
    @APIResponse(responseCode = "200", description = "The flagged petition; header ETag",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public Response flag(@PathParam("id") UUID id, @Context HttpHeaders headers,
            @NotNull @Valid CorruptionFlagCommand body) {
        return guarded.run("POST /api/v1/petitions/{id}/corruption-signs", id, headers, body, 200,
                () -> mapping.view(flags.flagCorruption(id, body)));
    }

    @POST
    @Path("/{id}/attachments")
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER})
    @Operation(summary = "Thêm tài liệu đính kèm (name, type, size, SHA-256; size limit)")
    @APIResponse(responseCode = "201", description = "The petition with the attachment; header ETag",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public Response addAttachment(@PathParam("id") UUID id, @Context HttpHeaders headers,
            @NotNull @Valid AttachmentInput body) {
        return guarded.run("POST /api/v1/petitions/{id}/attachments", id, headers, body, 201,
                () -> mapping.view(attachments.addAttachment(id, body)));
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER, LEADER, AUDITOR})
    @Operation(summary = "Tải tài liệu đính kèm: Content-Disposition with filename*, strong ETag (SHA-256), "
            + "If-None-Match (304), one byte range (Range: bytes=a-b → 206, unsatisfiable → 416; If-Range)")
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
            @Context HttpHeaders headers) {
        Petition p = petitions.scoped(id);
        Attachment a = files.attachment(p.id, attachmentId);
        return Downloads.answer(a.content, a.contentType, a.name, a.sha256, headers);
    }

    @POST
    @Path("/{id}/identity-reveals")
    @RolesAllowed(IDENTITY_CUSTODIAN)
    @Operation(summary = "Xem danh tính người tố cáo (custodian only; reason required; audited)")
    public IdentityView reveal(@PathParam("id") UUID id, @NotNull @Valid IdentityRevealRequest body) {
        var revealed = reveals.reveal(id, body.reason());
        return new IdentityView(revealed.petitionId(), revealed.number(), revealed.petitioners().stream()
                .map(x -> new PetitionerIdentity(x.representative(), x.name(), x.idNumber(), x.address(), x.phone(),
                        x.email())).toList());
    }
}
