package vn.minhbach.petitions.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.chassis.units.UnitCheck;
import vn.minhbach.chassis.units.UnitRegistry;
import vn.minhbach.petitions.Channel;
import vn.minhbach.petitions.Domain;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionKind;
import vn.minhbach.petitions.PetitionStatus;
import vn.minhbach.petitions.PetitionTransition;
import vn.minhbach.petitions.Petitioner;
import vn.minhbach.petitions.SubjectKind;
import vn.minhbach.petitions.service.command.PetitionerInput;
import vn.minhbach.petitions.service.command.SubjectInput;
import vn.minhbach.petitions.service.IdentityCipher;
import vn.minhbach.petitions.service.PetitionService;

/**
 * Open311 GeoReport v2 over petitions (issue 19.4). Only recommendations and feedback (kiến nghị,
 * phản ánh) are services: complaints and denunciations are not offered, their complainants and
 * denouncers are protected by law and have their own channels. A request becomes a RECEIVED petition
 * of the unit named by {@code jurisdiction_id} (a unit path checked against the unit registry), on the
 * channel {@code MOBILE_APP}, submitted by {@code open311:<client id>}; the name, e-mail and phone
 * become its petitioner, encrypted like every intake's.
 */
@ApplicationScoped
public class Open311Service {

    public static final String SUBMITTER_ROLE = "open311";
    public static final int DESCRIPTION_MAX = 4000;
    public static final int LIST_MAX = 1000;
    public static final int DEFAULT_DAYS = 90;
    static final ZoneId ZONE = vn.minhbach.chassis.time.BusinessClock.HANOI;
    static final Pattern ATTRIBUTE = Pattern.compile("^attribute\\[([^\\]]*)\\](\\[\\])?$");
    static final Set<PetitionKind> SERVICES = EnumSet.of(PetitionKind.RECOMMENDATION, PetitionKind.FEEDBACK);
    /** Fields of POST requests.json besides attribute[...]; anything else is ignored, as the spec allows. */
    static final Set<String> ATTRIBUTES = Set.of("domain", "subject", "subject_kind", "subject_unit");

    @Inject
    PetitionService petitions;
    @Inject
    vn.minhbach.petitions.service.PetitionRegistration registration;
    @Inject
    IdentityCipher cipher;
    @Inject
    UnitCheck units;
    @Inject
    UnitRegistry registry;
    @Inject
    Validator validator;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;

    // ---- services ------------------------------------------------------------------------------

    public List<Open311Views.Service> services() {
        return List.of(
                new Open311Views.Service(PetitionKind.RECOMMENDATION.name(), "Kiến nghị (recommendation)",
                        "Kiến nghị với cơ quan nhà nước về chính sách, pháp luật, công tác quản lý: a recommendation "
                                + "to the authorities",
                        true, "realtime", "kiến nghị,recommendation", "Kiến nghị, phản ánh"),
                new Open311Views.Service(PetitionKind.FEEDBACK.name(), "Phản ánh (feedback)",
                        "Phản ánh một vụ việc, một hành vi của cán bộ, công chức, một vi phạm: report an issue, "
                                + "an official's conduct or a breach",
                        true, "realtime", "phản ánh,feedback,report", "Kiến nghị, phản ánh"));
    }

    /** The service of a code, or the spec's 404 (complaints and denunciations are not services). */
    public PetitionKind service(String code, int status) {
        if (code == null || code.isBlank()) {
            throw Open311Exception.of(400, "service_code is required");
        }
        for (PetitionKind kind : SERVICES) {
            if (kind.name().equals(code.trim())) {
                return kind;
            }
        }
        throw Open311Exception.of(status, "service_code " + clip(code) + " was not found: the services are "
                + "RECOMMENDATION and FEEDBACK (complaints and denunciations are not Open311 services)");
    }

    public Open311Views.Definition definition(PetitionKind kind) {
        List<Open311Views.Value> domains = Arrays.stream(Domain.values())
                .map(d -> new Open311Views.Value(d.name(), d.name())).toList();
        List<Open311Views.Value> subjectKinds = Arrays.stream(SubjectKind.values())
                .map(k -> new Open311Views.Value(k.name(), k.name())).toList();
        return new Open311Views.Definition(kind.name(), List.of(
                new Open311Views.Attribute(true, "domain", "multivaluelist", false,
                        "Lĩnh vực (1-8; OTHER when none is sent)", 1, "Lĩnh vực / domain", domains),
                new Open311Views.Attribute(true, "subject", "string", false,
                        "1-1000 characters; the start of the description when absent", 2,
                        "Nội dung kiến nghị, phản ánh ngắn gọn / subject", null),
                new Open311Views.Attribute(true, "subject_kind", "singlevaluelist", false,
                        "OTHER when absent", 3, "Đối tượng / what it is about", subjectKinds),
                new Open311Views.Attribute(true, "subject_unit", "string", false, "up to 300 characters", 4,
                        "Cơ quan, đơn vị liên quan / the body concerned", null)));
    }

    /** An optional jurisdiction_id of a read: a unit of the registry, else the spec's 404. */
    public void readJurisdiction(String unit) {
        if (unit == null || unit.isBlank()) {
            return;
        }
        if (!UnitPath.isValid(unit.strip())) {
            throw Open311Exception.of(404, "jurisdiction_id " + clip(unit) + " was not found");
        }
        try {
            units.requireRegistered("jurisdiction_id", unit.strip(), petitions.today());
        } catch (ProblemException e) {
            throw Open311Exception.of(404, "jurisdiction_id " + unit.strip() + " was not found");
        }
    }

    // ---- POST requests.json ----------------------------------------------------------------------

    /** The form of POST requests.json, parameter name to its values. */
    @Transactional
    public Open311Views.Created submit(Open311Client client, Map<String, List<String>> form) {
        List<Open311Views.Error> errors = new ArrayList<>();
        PetitionKind kind = null;
        try {
            kind = service(one(form, "service_code"), 400);
        } catch (Open311Exception e) {
            errors.addAll(e.errors());
        }
        String unit = one(form, "jurisdiction_id");
        if (unit == null) {
            errors.add(new Open311Views.Error(400, "jurisdiction_id is required: the unit path of the unit the "
                    + "request is sent to, e.g. 01.00611"));
        } else if (!UnitPath.isValid(unit)) {
            errors.add(new Open311Views.Error(400, "jurisdiction_id " + clip(unit) + " is not a unit path"));
            unit = null;
        } else {
            try {
                units.requireRegistered("jurisdiction_id", unit, petitions.today());
            } catch (ProblemException e) {
                errors.add(new Open311Views.Error(400, "jurisdiction_id " + unit + " was not found: "
                        + e.key().replace("unit.", "") + " in the unit registry"));
                unit = null;
            }
        }
        Double lat = number(form, "lat", -90, 90, errors);
        Double lon = number(form, "long", -180, 180, errors);
        String address = text(form, "address_string", 500, errors);
        String addressId = text(form, "address_id", 100, errors);
        if ((lat == null) != (lon == null)) {
            errors.add(new Open311Views.Error(400, "lat and long go together"));
        } else if (lat == null && address == null && addressId == null) {
            errors.add(new Open311Views.Error(400, "a location is required: lat and long, or address_string, "
                    + "or address_id"));
        }
        String description = text(form, "description", DESCRIPTION_MAX, errors);
        if (description == null) {
            errors.add(new Open311Views.Error(400, "description is required (1-" + DESCRIPTION_MAX + " characters)"));
        }
        String deviceId = text(form, "device_id", 100, errors);
        String accountId = text(form, "account_id", 100, errors);
        String mediaUrl = url(form, "media_url", errors);
        String firstName = text(form, "first_name", 100, errors);
        String lastName = text(form, "last_name", 100, errors);
        String email = text(form, "email", 200, errors);
        String phone = text(form, "phone", 20, errors);
        String name = String.join(" ", nonNull(firstName, lastName)).trim();
        PetitionerInput who = null;
        if (!name.isEmpty() || email != null || phone != null) {
            who = new PetitionerInput(name.isEmpty() ? "-" : name, null, null, phone, email, true);
            for (ConstraintViolation<PetitionerInput> v : validator.validate(who)) {
                String field = switch (v.getPropertyPath().toString()) {
                    case "name" -> "first_name/last_name";
                    default -> v.getPropertyPath().toString();
                };
                errors.add(new Open311Views.Error(400, field + ": " + v.getMessage()));
            }
        }
        Map<String, List<String>> attributes = attributes(form, errors);
        List<Domain> domains = new ArrayList<>();
        for (String d : attributes.getOrDefault("domain", List.of())) {
            try {
                Domain domain = Domain.valueOf(d.trim());
                if (!domains.contains(domain)) {
                    domains.add(domain);
                }
            } catch (IllegalArgumentException e) {
                errors.add(new Open311Views.Error(400, "attribute[domain] " + clip(d) + " is not one of "
                        + Arrays.toString(Domain.values())));
            }
        }
        if (domains.size() > 8) {
            errors.add(new Open311Views.Error(400, "attribute[domain]: at most 8 values"));
        }
        SubjectKind subjectKind = SubjectKind.OTHER;
        String sk = single(attributes, "subject_kind", errors);
        if (sk != null) {
            try {
                subjectKind = SubjectKind.valueOf(sk.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new Open311Views.Error(400, "attribute[subject_kind] " + clip(sk) + " is not one of "
                        + Arrays.toString(SubjectKind.values())));
            }
        }
        String subject = limit(single(attributes, "subject", errors), "attribute[subject]", 1000, errors);
        String subjectUnit = limit(single(attributes, "subject_unit", errors), "attribute[subject_unit]", 300, errors);
        if (!errors.isEmpty()) {
            throw new Open311Exception(400, errors);
        }
        if (domains.isEmpty()) {
            domains.add(Domain.OTHER);
        }
        if (subject == null) {
            String first = description.strip().lines().findFirst().orElse(description).strip();
            subject = first.length() <= 300 ? first : first.substring(0, 300);
        }
        LocalDate today = petitions.today();
        Petition p = registration.newPetition(unit, today, Channel.MOBILE_APP, kind,
                new SubjectInput(subjectKind, subject, subjectUnit), domains, description, SUBMITTER_ROLE,
                client.submitter());
        p.petitionerCount = who == null ? 0 : 1;
        p.persist();
        if (who != null) {
            Petitioner row = new Petitioner();
            row.id = UUID.randomUUID();
            row.petitionId = p.id;
            row.position = 0;
            row.representative = true;
            row.nameEnc = cipher.encrypt(name);
            row.phoneEnc = cipher.encrypt(phone);
            row.emailEnc = cipher.encrypt(email);
            // without a name the contact identifies the person (repeat detection)
            row.fingerprint = name.isEmpty() ? cipher.fingerprint(email != null ? email : phone, null)
                    : cipher.fingerprint(name, null);
            row.persist();
        }
        Open311Request r = new Open311Request();
        r.petitionId = p.id;
        r.clientId = client.id;
        r.serviceCode = kind.name();
        r.lat = lat;
        r.lon = lon;
        r.addressString = address;
        r.addressId = addressId;
        r.deviceId = deviceId;
        r.accountId = accountId;
        r.mediaUrl = mediaUrl;
        r.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        r.persist();
        registration.received(p);
        audit.record(client.submitter(), "open311.request-received", "petition", p.id.toString(), p.unitPath,
                Map.of("number", p.number, "serviceCode", kind.name()));
        em.flush();
        return new Open311Views.Created(p.id, notice(p), accountId);
    }

    private static String notice(Petition p) {
        return "Đã tiếp nhận, số " + p.number + "; hạn xem xét thụ lý " + p.acceptanceDueDate
                + " / Received as " + p.number + "; acceptance due " + p.acceptanceDueDate;
    }

    // ---- GET requests.json, requests/{id}.json ---------------------------------------------------

    public Open311Views.ServiceRequest one(Open311Client client, String id) {
        UUID uuid = uuid(id);
        List<Open311Views.ServiceRequest> found = uuid == null ? List.of() : byIds(client, List.of(uuid));
        if (found.isEmpty()) {
            throw Open311Exception.of(404, "service_request_id " + clip(id) + " was not found");
        }
        return found.get(0);
    }

    /**
     * The client's own requests: by {@code service_request_id} (comma-separated; the other filters are
     * then ignored, as the spec says), else by service codes, statuses and the requested date range
     * (default: the last 90 days), newest first, at most 1000.
     */
    public List<Open311Views.ServiceRequest> search(Open311Client client, String ids, String serviceCodes,
            String startDate, String endDate, String statuses) {
        if (ids != null && !ids.isBlank()) {
            List<UUID> list = new ArrayList<>();
            List<Open311Views.Error> errors = new ArrayList<>();
            for (String one : ids.split(",")) {
                UUID u = uuid(one.trim());
                if (u == null) {
                    errors.add(new Open311Views.Error(400, "service_request_id " + clip(one) + " is not an id"));
                } else {
                    list.add(u);
                }
            }
            if (list.size() > LIST_MAX) {
                errors.add(new Open311Views.Error(400, "service_request_id: at most " + LIST_MAX + " ids"));
            }
            if (!errors.isEmpty()) {
                throw new Open311Exception(400, errors);
            }
            return byIds(client, list);
        }
        List<Open311Views.Error> errors = new ArrayList<>();
        Set<PetitionKind> kinds = EnumSet.noneOf(PetitionKind.class);
        if (serviceCodes == null || serviceCodes.isBlank()) {
            kinds.addAll(SERVICES);
        } else {
            for (String code : serviceCodes.split(",")) {
                try {
                    kinds.add(service(code, 400));
                } catch (Open311Exception e) {
                    errors.addAll(e.errors());
                }
            }
        }
        Boolean open = null;
        if (statuses != null && !statuses.isBlank()) {
            Set<String> wanted = new LinkedHashSet<>();
            for (String s : statuses.split(",")) {
                String t = s.trim().toLowerCase(Locale.ROOT);
                if (!t.equals("open") && !t.equals("closed")) {
                    errors.add(new Open311Views.Error(400, "status " + clip(s) + " is not open or closed"));
                }
                wanted.add(t);
            }
            open = wanted.size() == 1 ? wanted.contains("open") : null;
        }
        OffsetDateTime end = dateTime("end_date", endDate, errors);
        OffsetDateTime start = dateTime("start_date", startDate, errors);
        if (!errors.isEmpty()) {
            throw new Open311Exception(400, errors);
        }
        if (end == null) {
            end = start == null ? OffsetDateTime.now(ZoneOffset.UTC) : start.plusDays(DEFAULT_DAYS);
        }
        if (start == null) {
            start = end.minusDays(DEFAULT_DAYS);
        }
        if (end.isBefore(start)) {
            throw Open311Exception.of(400, "end_date is before start_date");
        }
        StringBuilder q = new StringBuilder("select r, p from Open311Request r, Petition p where p.id = r.petitionId"
                + " and r.clientId = :client and p.submittedBy = :submitter and p.kind in :kinds"
                + " and r.requestedAt >= :start and r.requestedAt <= :end");
        if (open != null) {
            q.append(open ? " and p.status not in :settled" : " and p.status in :settled");
        }
        q.append(" order by r.requestedAt desc, p.id");
        var query = em.createQuery(q.toString(), Object[].class).setParameter("client", client.id)
                .setParameter("submitter", client.submitter()).setParameter("kinds", kinds)
                .setParameter("start", start).setParameter("end", end).setMaxResults(LIST_MAX);
        if (open != null) {
            query.setParameter("settled", PetitionStatus.SETTLED);
        }
        return views(query.getResultList());
    }

    private List<Open311Views.ServiceRequest> byIds(Open311Client client, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("select r, p from Open311Request r, Petition p where p.id = r.petitionId"
                + " and r.clientId = :client and p.submittedBy = :submitter and r.petitionId in :ids"
                + " order by r.requestedAt desc, p.id", Object[].class)
                .setParameter("client", client.id).setParameter("submitter", client.submitter())
                .setParameter("ids", ids).getResultList());
    }

    private List<Open311Views.ServiceRequest> views(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(row -> ((Open311Request) row[0]).petitionId).toList();
        Map<UUID, OffsetDateTime> updated = new HashMap<>();
        Map<UUID, String> transferredTo = new HashMap<>();
        for (PetitionTransition t : PetitionTransition.<PetitionTransition>list("petitionId in ?1 order by seq", ids)) {
            updated.merge(t.petitionId, t.recordedAt, (a, b) -> b == null || (a != null && a.isAfter(b)) ? a : b);
            if ("TRANSFER".equals(t.action)) {
                transferredTo.put(t.petitionId, PetitionTransition.agency(t.note));
            }
        }
        List<Open311Views.ServiceRequest> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Open311Request r = (Open311Request) row[0];
            Petition p = (Petition) row[1];
            String agency = transferredTo.get(p.id);
            if (agency == null || p.status != PetitionStatus.TRANSFERRED) {
                agency = registry.enabled() ? registry.directory().find(p.unitPath).map(u -> u.name())
                        .orElse(p.unitPath) : p.unitPath;
            }
            OffsetDateTime expected = p.status.settled() || p.nextDueDate == null ? null
                    : p.nextDueDate.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toOffsetDateTime();
            OffsetDateTime last = updated.getOrDefault(p.id, r.requestedAt);
            out.add(new Open311Views.ServiceRequest(p.id, p.status.settled() ? "closed" : "open",
                    statusNotes(p, agency), serviceName(p.kind), p.kind.name(), agency, null,
                    local(r.requestedAt), local(last), expected, r.addressString, r.addressId, r.lat, r.lon,
                    r.mediaUrl));
        }
        return out;
    }

    private static OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ZONE).toOffsetDateTime();
    }

    static String serviceName(PetitionKind kind) {
        return kind == PetitionKind.RECOMMENDATION ? "Kiến nghị (recommendation)" : "Phản ánh (feedback)";
    }

    /** The petition's status in words (Vietnamese / English), never an official's name or note. */
    static String statusNotes(Petition p, String agency) {
        String number = " (" + p.number + ")";
        return switch (p.status) {
            case RECEIVED -> "Đã tiếp nhận, đang xem xét thụ lý / Received, acceptance being decided" + number;
            case ACCEPTED, UNDER_VERIFICATION -> "Đã thụ lý, đang giải quyết / Accepted, being handled" + number;
            case RESOLVED -> "Đã giải quyết, đã trả lời / Handled and answered" + number;
            case CLOSED -> "Đã kết thúc / Closed" + number;
            case NOT_ACCEPTED -> "Không thụ lý / Not accepted" + number;
            case TRANSFERRED -> "Đã chuyển đến " + agency + " / Transferred to " + agency + number;
            case GUIDED -> "Đã hướng dẫn gửi đến cơ quan có thẩm quyền / Guided to the competent body" + number;
            case FILED -> "Đã lưu đơn / Filed" + number;
            case WITHDRAWN -> "Đã rút / Withdrawn" + number;
            case APPEALED -> "Đang giải quyết lần hai / Second instance" + number;
            case SUSPENDED -> "Tạm đình chỉ việc giải quyết / Handling temporarily suspended" + number;
        };
    }

    // ---- form helpers ----------------------------------------------------------------------------

    static String one(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        if (values == null) {
            return null;
        }
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String text(Map<String, List<String>> form, String name, int max, List<Open311Views.Error> errors) {
        return limit(one(form, name), name, max, errors);
    }

    private static String limit(String value, String name, int max, List<Open311Views.Error> errors) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.add(new Open311Views.Error(400, name + " is longer than " + max + " characters"));
            return null;
        }
        if (value != null && value.chars().anyMatch(c -> c == 0)) {
            errors.add(new Open311Views.Error(400, name + " holds a NUL character"));
            return null;
        }
        return value;
    }

    private static Double number(Map<String, List<String>> form, String name, double min, double max,
            List<Open311Views.Error> errors) {
        String v = one(form, name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d) || d < min || d > max || !v.matches("^[+-]?\\d{1,3}(\\.\\d{1,12})?$")) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(new Open311Views.Error(400, name + " " + clip(v) + " is not a number from " + (int) min
                    + " to " + (int) max + " (WGS84 decimal degrees)"));
            return null;
        }
    }

    private static String url(Map<String, List<String>> form, String name, List<Open311Views.Error> errors) {
        String v = limit(one(form, name), name, 1000, errors);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            if (uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return v;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        errors.add(new Open311Views.Error(400, name + " is not an http(s) URL"));
        return null;
    }

    /** {@code attribute[code]} and {@code attribute[code][]} values by code; an unknown code is an error. */
    private static Map<String, List<String>> attributes(Map<String, List<String>> form, List<Open311Views.Error> errors) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            Matcher m = ATTRIBUTE.matcher(key);
            if (!key.startsWith("attribute")) {
                return;
            }
            if (!m.matches() || !ATTRIBUTES.contains(m.group(1))) {
                errors.add(new Open311Views.Error(400, clip(key) + " is not an attribute of this service "
                        + ATTRIBUTES.stream().sorted().map(a -> "attribute[" + a + "]").toList()));
                return;
            }
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    for (String part : v.split(",")) {
                        if (!part.isBlank() || !m.group(1).equals("domain")) {
                            out.computeIfAbsent(m.group(1), k -> new ArrayList<>())
                                    .add(m.group(1).equals("domain") ? part.strip() : v.strip());
                        }
                        if (!m.group(1).equals("domain")) {
                            break;
                        }
                    }
                }
            }
        });
        return out;
    }

    private static String single(Map<String, List<String>> attributes, String code, List<Open311Views.Error> errors) {
        List<String> values = attributes.get(code);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            errors.add(new Open311Views.Error(400, "attribute[" + code + "] takes one value"));
        }
        return values.get(0);
    }

    private static OffsetDateTime dateTime(String name, String value, List<Open311Views.Error> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            errors.add(new Open311Views.Error(400, name + " " + clip(value)
                    + " is not a w3 date-time with a time zone, e.g. 2026-12-05T08:15:30+07:00"));
            return null;
        }
    }

    private static UUID uuid(String id) {
        if (id == null || !id.matches("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")) {
            return null;
        }
        return UUID.fromString(id);
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    /** A value echoed in an error: at most 60 characters, control characters removed. */
    static String clip(String v) {
        if (v == null) {
            return "";
        }
        String s = v.replaceAll("\\p{Cntrl}", "");
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
