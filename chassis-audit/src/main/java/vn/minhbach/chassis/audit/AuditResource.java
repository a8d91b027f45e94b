package vn.minhbach.chassis.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;

/**
 * The audit log for the role {@code auditor}. Each service has its own log and mounts this resource
 * under its own path, {@code /api/v1/audit/<service>} (a subclass with {@code @Path}, e.g.
 * {@code @Path("/api/v1/audit/petitions")}), so the gateway routes the three logs by prefix. Entries are
 * unit-scoped by the table's row-level security ({@link vn.minhbach.chassis.scope.DatabaseScope}): an
 * auditor of 01.021 reads the entries of 01.021 and below only. The verification walks the whole
 * chain (it answers only whether it is intact and its head).
 */
public abstract class AuditResource {

    /** Where the services mount their audit log: {@code PREFIX + "/petitions"}, ... */
    public static final String PREFIX = "/api/v1/audit";

    public static final String ROLE = "auditor";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditSealer sealer;

    @Inject
    Caller caller;

    @ConfigProperty(name = "minhbach.zone", defaultValue = "Asia/Ho_Chi_Minh")
    ZoneId zone;

    /** One entry; {@code details} as stored (never identity data, AuditLog's contract). */
    public record Entry(long id, Long seq, OffsetDateTime at, String actor, String action, String entityType,
            String entityId, String unitPath, String details, String keyId, String hash) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    @SecurityRequirement(name = "SecurityScheme", scopes = ROLE) // inherited @RolesAllowed is not seen by the OpenAPI scan
    public Page<Entry> list(@QueryParam("entityType") @Size(max = 64) String entityType,
            @QueryParam("entityId") @Size(max = 64) String entityId,
            @QueryParam("actor") @Size(max = 128) String actor,
            @QueryParam("action") @Size(max = 96) String action,
            @QueryParam("from") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String from,
            @QueryParam("to") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String to,
            @BeanParam @Valid PageRequest page) {
        caller.unit(); // 403 unit.missing for an auditor without a unit; the rows are scoped by RLS
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.badRequest("audit.period-invalid");
        }
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        add(where, args, "entity_type = ?", entityType);
        add(where, args, "entity_id = ?", entityId);
        add(where, args, "actor = ?", actor);
        add(where, args, "action = ?", action);
        if (fromDate != null) {
            where.append(" and at >= ?");
            args.add(fromDate.atStartOfDay(zone).toOffsetDateTime());
        }
        if (toDate != null) {
            where.append(" and at < ?");
            args.add(toDate.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        try (var c = dataSource.getConnection()) {
            long total;
            try (var count = c.prepareStatement("select count(*) from audit_log" + where)) {
                bind(count, args);
                var rs = count.executeQuery();
                rs.next();
                total = rs.getLong(1);
            }
            List<Entry> items = new ArrayList<>();
            try (var select = c.prepareStatement("select id, seq, at, actor, action, entity_type, entity_id, unit_path,"
                    + " details::text, key_id, hash from audit_log" + where + " order by id desc limit ? offset ?")) {
                bind(select, args);
                select.setInt(args.size() + 1, page.size);
                select.setLong(args.size() + 2, (long) page.page * page.size);
                var rs = select.executeQuery();
                while (rs.next()) {
                    items.add(new Entry(rs.getLong(1), (Long) rs.getObject(2), rs.getObject(3, OffsetDateTime.class),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
            return new Page<>(items, page.page, page.size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit log", e);
        }
    }

    /**
     * Walks the chain. With {@code anchorSeq}/{@code anchorHash} (from an {@code audit.head-anchored}
     * event or the log) it also proves that the newest entries were not deleted since.
     */
    @GET
    @Path("/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    @SecurityRequirement(name = "SecurityScheme", scopes = ROLE) // inherited @RolesAllowed is not seen by the OpenAPI scan
    public AuditVerification verify(@QueryParam("anchorSeq") Long anchorSeq,
            @QueryParam("anchorHash") @Pattern(regexp = "[0-9a-f]{64}") String anchorHash) {
        caller.unit();
        if ((anchorSeq == null) != (anchorHash == null) || (anchorSeq != null && anchorSeq < 1)) {
            throw ProblemException.badRequest("audit.anchor-invalid");
        }
        return sealer.verify(anchorSeq, anchorHash);
    }

    private static void add(StringBuilder where, List<Object> args, String condition, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(condition);
            args.add(value);
        }
    }

    private static void bind(java.sql.PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest("audit.date-invalid", field);
        }
    }
}
