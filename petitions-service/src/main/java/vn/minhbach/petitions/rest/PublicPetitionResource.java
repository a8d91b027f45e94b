package vn.minhbach.petitions.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.petitions.rest.PetitionRequests.AdditionRequest;
import vn.minhbach.petitions.rest.PetitionRequests.AnonymousSubmission;
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
    @Operation(summary = "Gửi tố cáo nặc danh: answers a receipt code shown once")
    public Response submit(@NotNull @Valid AnonymousSubmission body) {
        AnonymousService.Submitted s = anonymous.submit(body);
        return Response.status(201).entity(new AnonymousReceipt(s.receiptCode(), s.petition().number,
                s.petition().receivedDate, "Lưu mã này: nó chỉ hiển thị một lần. / Keep this code: it is shown once."))
                .header("Cache-Control", "no-store").build();
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
    @Operation(summary = "Bổ sung thông tin tố cáo bằng mã tiếp nhận")
    public Response add(@NotNull @Valid AdditionRequest body) {
        anonymous.addInformation(body.receiptCode(), body.content());
        return Response.noContent().build();
    }
}
