package vn.minhbach.programs.rest;

import static vn.minhbach.programs.rest.Roles.AUDITOR;
import static vn.minhbach.programs.rest.Roles.LEADER;
import static vn.minhbach.programs.rest.Roles.PROGRAM_OFFICER;
import static vn.minhbach.programs.rest.Roles.STATISTICS_READER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.service.PeriodReport;
import vn.minhbach.chassis.units.UnitRegistry;
import vn.minhbach.programs.service.ReportCsv;
import vn.minhbach.programs.service.ReportDocument;
import vn.minhbach.programs.service.ReportDocx;
import vn.minhbach.programs.service.ReportNarrative;
import vn.minhbach.programs.service.ReportPdf;
import vn.minhbach.programs.service.ReportService;

/**
 * The period report (báo cáo định kỳ) for a unit subtree, built only from this service's read model.
 * Content negotiation: JSON, CSV, a Vietnamese Markdown narrative, or the report as a party document
 * (HD 36-HD/VPTW layout) in DOCX or PDF.
 */
@Path("/api/v1/reports")
@Tag(name = "Period report (Báo cáo định kỳ)")
public class ReportResource {

    public static final String TEXT_CSV = "text/csv";
    public static final String TEXT_MARKDOWN = "text/markdown";
    static final String ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}$";

    @Inject
    ReportService reports;

    @Inject
    Caller caller;

    @Inject
    UnitRegistry units;

    @GET
    @Path("period")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV + ";charset=UTF-8", TEXT_MARKDOWN + ";charset=UTF-8",
            ReportDocx.MEDIA_TYPE, ReportPdf.MEDIA_TYPE})
    @RolesAllowed({PROGRAM_OFFICER, LEADER, AUDITOR, STATISTICS_READER})
    @Operation(summary = "Báo cáo định kỳ theo đơn vị và kỳ (period report as application/json, text/csv, text/markdown,"
            + " or as a party document: DOCX, application/pdf)")
    public Response period(@QueryParam("unit") @Pattern(regexp = UnitPath.REGEX) String unit,
            @QueryParam("from") @NotNull @Pattern(regexp = ISO_DATE) String from,
            @QueryParam("to") @NotNull @Pattern(regexp = ISO_DATE) String to,
            @QueryParam("number") @Pattern(regexp = DOCUMENT_NUMBER) String number,
            @Context HttpHeaders headers) {
        PeriodReport r = build(unit, date(from), date(to));
        // JSON unless the client prefers another type (Accept is sorted by quality, then specificity).
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) {
                break;
            }
            if (accepted.isWildcardType()) {
                break;
            }
            if (accepted.isCompatible(MediaType.valueOf(TEXT_CSV))) {
                return Response.ok(ReportCsv.render(r), TEXT_CSV + ";charset=UTF-8").header("Content-Disposition",
                        "attachment; filename=\"bao-cao-" + r.unit() + "-" + r.from() + "-" + r.to() + ".csv\"").build();
            }
            if (accepted.isCompatible(MediaType.valueOf(TEXT_MARKDOWN))) {
                return Response.ok(ReportNarrative.render(r), TEXT_MARKDOWN + ";charset=UTF-8").build();
            }
            if (accepted.isCompatible(MediaType.valueOf(ReportDocx.MEDIA_TYPE))) {
                return attachment(ReportDocx.render(document(r, number)), ReportDocx.MEDIA_TYPE, r, "docx");
            }
            if (accepted.isCompatible(MediaType.valueOf(ReportPdf.MEDIA_TYPE))) {
                return attachment(ReportPdf.render(document(r, number)), ReportPdf.MEDIA_TYPE, r, "pdf");
            }
        }
        return Response.ok(r, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("sources")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({PROGRAM_OFFICER, LEADER, AUDITOR, STATISTICS_READER})
    @Operation(summary = "Mức cập nhật của nguồn số liệu (how far each source topic has been read: as-of, lag)")
    public List<PeriodReport.SourceStatus> sources() {
        return reports.sources();
    }

    /** The register number a clerk gives the document (the "123" of "Số 123-BC/QU"); blank in a draft. */
    static final String DOCUMENT_NUMBER = "^[0-9]{1,6}$";

    /** The party document of the report, its issuing body named from the unit registry. */
    private ReportDocument document(PeriodReport r, String number) {
        var directory = units.directory();
        var unit = directory == null ? java.util.Optional.<vn.minhbach.chassis.units.Unit>empty() : directory.find(r.unit());
        var parent = unit.flatMap(u -> u.parent() == null ? java.util.Optional.empty() : directory.find(u.parent()));
        return ReportDocument.of(r, ReportDocument.Issuer.of(r.unit(), unit, parent), number);
    }

    private static Response attachment(byte[] body, String type, PeriodReport r, String extension) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"bao-cao-" + r.unit() + "-"
                + r.from() + "-" + r.to() + "." + extension + "\"").build();
    }

    /** Dates are taken as text so an impossible one (2022-13-01) is a 400 problem, not a 404. */
    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.DateTimeException e) {
            throw ProblemException.badRequest("period.invalid-date", value);
        }
    }

    private PeriodReport build(String unit, LocalDate from, LocalDate to) {
        String root = unit == null ? caller.unit() : unit;
        caller.requireScope(root, "unit.not-found", root);
        if (from.isAfter(to)) {
            throw ProblemException.badRequest("period.invalid", String.valueOf(from), String.valueOf(to));
        }
        return reports.periodReport(root, from, to);
    }
}
