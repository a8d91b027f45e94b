package vn.minhbach.petitions.rest;

import static vn.minhbach.petitions.Roles.*;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.petitions.PendingUpload;
import vn.minhbach.petitions.service.Uploads;

/**
 * Upload first, reference later (issue 20): the file is the raw request body (any Content-Type; the
 * type is taken from the bytes), its name in {@code ?name=} (UTF-8, percent-encoded). The body is
 * streamed, not base64 in JSON; the answer's {@code id} (or, anonymously, {@code uploadToken}) is then
 * given to intake, an addition or an anonymous submission.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uploads (Tải tệp)", description = "Tải tệp lên trước, rồi tham chiếu khi nộp đơn")
public class UploadResource {

    @Inject
    Uploads uploads;

    /** What an upload answers. {@code uploadToken}: only for an anonymous upload, shown once. */
    public record UploadView(UUID id, String name, String contentType, long size, String sha256,
            OffsetDateTime expiresAt, @Schema(nullable = true) String uploadToken) {
        static UploadView of(Uploads.Stored s) {
            PendingUpload u = s.upload();
            return new UploadView(u.id, u.name, u.contentType, u.size, u.sha256, u.expiresAt, s.uploadToken());
        }
    }

    /** The multipart alternative (issue 20.5): one part named {@code file}; its file name is the default name. */
    public static class UploadForm {
        @org.jboss.resteasy.reactive.RestForm("file")
        public org.jboss.resteasy.reactive.multipart.FileUpload file;
    }

    @POST
    @Path("/uploads")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER, CITIZEN, PETITION_INTAKE})
    @Operation(hidden = true) // documented with the raw body's operation: one operation, two request types
    public Response uploadForm(@QueryParam("name") String name, @jakarta.ws.rs.BeanParam UploadForm form) {
        try (InputStream in = formFile(form)) {
            return Response.status(201).entity(UploadView.of(uploads.store(formName(name, form), null, in)))
                    .header("Cache-Control", "no-store").build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @POST
    @Path("/public/uploads")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermitAll
    @Operation(hidden = true)
    public Response uploadFormAnonymous(@QueryParam("name") String name, @jakarta.ws.rs.BeanParam UploadForm form,
            @jakarta.ws.rs.core.Context io.vertx.core.http.HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        try (InputStream in = formFile(form)) {
            return Response.status(201).entity(UploadView.of(uploads.storeAnonymous(formName(name, form), null, in, address)))
                    .header("Cache-Control", "no-store").build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The part's bytes as a stream: RESTEasy Reactive has written the part to a temporary file (deleted
     * at the end of the request), bounded by quarkus.http.limits.max-body-size; the same checks as the
     * raw body follow, counting the bytes as they are read.
     */
    private static InputStream formFile(UploadForm form) throws java.io.IOException {
        if (form == null || form.file == null || form.file.uploadedFile() == null) {
            throw vn.minhbach.chassis.problem.ProblemException.badRequest("upload.file-part");
        }
        return java.nio.file.Files.newInputStream(form.file.uploadedFile());
    }

    private static String formName(String name, UploadForm form) {
        return name != null && !name.isBlank() ? name : form == null || form.file == null ? null : form.file.fileName();
    }

    @POST
    @Path("/uploads")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER, CITIZEN, PETITION_INTAKE})
    @Operation(summary = "Tải tệp đính kèm lên (raw body; JPEG, PNG, HEIC, PDF, DOCX, MP4 by content; photo and video metadata and document authors removed; macro-enabled Office files and encrypted PDFs refused; ≤ 5 MiB). "
            + "Reference the answer's id in intake's uploadIds or an attachment's uploadId within 24 hours.")
    @RequestBody(description = "The file's bytes as they are; or multipart/form-data with the file in a part named "
            + "'file' (then ?name= is optional: the part's filename by default)",
            content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "The upload, pending until referenced",
            content = @Content(schema = @Schema(implementation = UploadView.class)))
    @APIResponse(responseCode = "413", description = "Declared or actual size over the limit")
    @APIResponse(responseCode = "415", description = "Content is not one of the allowed types")
    public Response upload(@QueryParam("name") String name, @HeaderParam("Content-Length") Long length,
            InputStream body) {
        return Response.status(201).entity(UploadView.of(uploads.store(name, length, body)))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/public/uploads")
    @Consumes(MediaType.WILDCARD)
    @PermitAll
    @Operation(summary = "Tải tệp lên cho tố cáo nặc danh: answers an uploadToken, shown once; give it in the "
            + "submission's uploadTokens within 24 hours. Nothing about the sender is kept.")
    @RequestBody(description = "The file's bytes as they are; or multipart/form-data with the file in a part named "
            + "'file' (then ?name= is optional: the part's filename by default)",
            content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "The upload, pending until referenced",
            content = @Content(schema = @Schema(implementation = UploadView.class)))
    @APIResponse(responseCode = "429", description = "Too many uploads or bytes from this network address in the "
            + "window, or the space for anonymous uploads is full; Retry-After")
    public Response uploadAnonymous(@QueryParam("name") String name, @HeaderParam("Content-Length") Long length,
            @jakarta.ws.rs.core.Context io.vertx.core.http.HttpServerRequest request, InputStream body) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        UploadView view = UploadView.of(uploads.storeAnonymous(name, length, body, address));
        // the id alone is of no use to anyone; only the token refers to the upload
        return Response.status(201).entity(view).header("Cache-Control", "no-store").build();
    }
}
