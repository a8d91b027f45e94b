package vn.minhbach.petitions.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.minhbach.chassis.idempotency.IdempotencyKeys;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.petitions.rest.PetitionRequests.AdditionRequest;
import vn.minhbach.petitions.service.command.AnonymousSubmission;
import vn.minhbach.petitions.rest.PetitionRequests.ReceiptRequest;
import vn.minhbach.petitions.rest.PetitionViews.AnonymousReceipt;
import vn.minhbach.petitions.rest.PetitionViews.TrackingView;
import vn.minhbach.petitions.service.AnonymousService;

/**
 * Anonymous denunciations without an account. The receipt code travels only in POST bodies, never in
 * a URL, so it cannot land in access logs, proxies or browser history.
 */
@Path("/api/v1/public/petitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public petitions (Tố cáo nặc danh)", description = "Submit without an account; track with the receipt code")
public class PublicPetitionResource {

    @Inject
    AnonymousService anonymous;
    @Inject
    PetitionMapping mapping;

    @POST
    @PermitAll
    @Operation(summary = "Gửi tố cáo nặc danh: answers a receipt code shown once. Optional Idempotency-Key "
            + "(16-128 visible ASCII characters, e.g. a random UUID): a retry of the same submission within 24 hours "
            + "answers the first receipt, with the same code, instead of a second denunciation.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, required = false,
            schema = @Schema(type = SchemaType.STRING, minLength = 16, maxLength = 128, pattern = "^[\\x21-\\x7E]+$"))
    public Response submit(@Context HttpHeaders headers, @NotNull @Valid AnonymousSubmission body) {
        String key = IdempotencyKeys.key(headers.getRequestHeader(IdempotencyKeys.HEADER));
        if (key == null) {
            return Response.status(201).entity(receipt(anonymous.submit(body))).header("Cache-Control", "no-store")
                    .build();
        }
        AnonymousService.Receipt r = anonymous.submitOnce(key, body, PublicPetitionResource::receipt);
        Response.ResponseBuilder answer = Response.status(201).type(MediaType.APPLICATION_JSON).entity(r.json())
                .header("Cache-Control", "no-store");
        return (r.replayed() ? answer.header(IdempotencyKeys.REPLAYED_HEADER, "true") : answer).build();
    }

    private static AnonymousReceipt receipt(AnonymousService.Submitted s) {
        return new AnonymousReceipt(s.receiptCode(), s.petition().number, s.petition().receivedDate,
                "Lưu mã này: nó chỉ hiển thị một lần. / Keep this code: it is shown once.");
    }

    @POST
    @Path("/status")
    @PermitAll
    @Operation(summary = "Tra cứu tình trạng tố cáo bằng mã tiếp nhận (receipt code in the body)")
    public TrackingView status(@NotNull @Valid ReceiptRequest body) {
        return mapping.tracking(anonymous.byReceipt(body.receiptCode()));
    }

    @POST
    @Path("/additions")
    @PermitAll
    @Operation(summary = "Bổ sung thông tin tố cáo bằng mã tiếp nhận, optionally with files uploaded before "
            + "(uploadTokens from POST /api/v1/public/uploads)")
    public Response add(@NotNull @Valid AdditionRequest body) {
        anonymous.addInformation(body.receiptCode(), body.content(), body.uploadTokens());
        return Response.noContent().build();
    }

    @POST
    @Path("/withdrawals")
    @PermitAll
    @Operation(summary = "Rút tố cáo bằng mã tiếp nhận (withdraw an anonymous denunciation with its receipt code)")
    public TrackingView withdraw(@NotNull @Valid PetitionRequests.ReceiptWithdrawalRequest body) {
        return mapping.tracking(anonymous.withdraw(body.receiptCode(), body.reason()));
    }

    /** The receipt code of a file request: a header, never the URL (access logs, proxies, history). */
    public static final String RECEIPT_HEADER = "Receipt-Code";

    @GET
    @Path("/attachments")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tệp đã gửi kèm tố cáo (the files the denouncer gave, by receipt code in the Receipt-Code "
            + "header, never in the URL); a wrong code answers 404")
    @Parameter(name = RECEIPT_HEADER, in = ParameterIn.HEADER, required = true,
            schema = @Schema(type = SchemaType.STRING, minLength = 16, maxLength = 64))
    public java.util.List<PetitionViews.AttachmentView> files(@Context HttpHeaders headers) {
        return anonymous.ownFiles(receipt(headers)).stream().map(PetitionViews.AttachmentView::of).toList();
    }

    @GET
    @Path("/attachments/{attachmentId}")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Tải tệp đã gửi kèm tố cáo (receipt code in the Receipt-Code header): as the officials' "
            + "download (filename*, strong ETag, If-None-Match, one byte range); a wrong code or another file → 404")
    @Parameter(name = RECEIPT_HEADER, in = ParameterIn.HEADER, required = true,
            schema = @Schema(type = SchemaType.STRING, minLength = 16, maxLength = 64))
    public Response file(@PathParam("attachmentId") java.util.UUID attachmentId, @Context HttpHeaders headers) {
        vn.minhbach.petitions.Attachment a = anonymous.ownFile(receipt(headers), attachmentId);
        return Downloads.answer(a.content, a.contentType, a.name, a.sha256, headers);
    }

    private static String receipt(HttpHeaders headers) {
        String code = headers.getHeaderString(RECEIPT_HEADER);
        if (code == null || code.isBlank() || code.length() > 64) {
            throw vn.minhbach.chassis.problem.ProblemException.notFound("receipt.not-found");
        }
        return code;
    }

    @jakarta.inject.Inject
    vn.minhbach.petitions.service.CitizenChanges changes;

    @POST
    @Path("/changes")
    @PermitAll
    @Operation(summary = "Thay đổi của tố cáo theo mã tiếp nhận (change feed by receipt code; the code in the body): steps after step number 'after'")
    public PetitionViews.CitizenChanges changes(@NotNull @Valid PetitionRequests.ReceiptChangesRequest body) {
        return mapping.changes(changes.ofPetition(anonymous.byReceipt(body.receiptCode()), body.after(), 50));
    }
}
