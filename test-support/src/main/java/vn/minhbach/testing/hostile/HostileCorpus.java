package vn.minhbach.testing.hostile;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.minhbach.testing.hostile.OpenApiOperations.Operation;
import vn.minhbach.testing.hostile.OpenApiOperations.Param;

/**
 * Generates, deterministically from a seed, a corpus of bad requests for one operation from its
 * OpenAPI schema: malformed JSON, wrong types, missing and null required fields, huge strings and
 * bodies, deep nesting, negative and overflowing numbers, invalid dates, unknown enum values, invalid
 * UTF-8 (raw bytes), wrong media types, bad path and query parameters. A second, smaller set carries
 * hostile but legal content (SQL and script injection, decomposed Vietnamese, path traversal in file
 * names, extra and server-owned fields) that a service may accept, never with a 5xx.
 */
public final class HostileCorpus {

    /** How to build the corpus. {@code unitPath} fills fields naming a unit, so requests reach validation. */
    public record Options(long seed, int perOperation, int contentSamples, int anonymousSamples, long maxBodyBytes,
            String unitPath) {

        public static Options defaults(String unitPath) {
            return new Options(20261125L, 1000, 40, 20, 10L * 1024 * 1024, unitPath);
        }
    }

    /** SQL, script, template and command injection strings (none contains a leak marker word). */
    public static final List<String> INJECTION = List.of(
            "' OR '1'='1", "'; DROP TABLE petition; --", "1; DELETE FROM audit_log; --", "\" OR \"\"=\"",
            "1' UNION SELECT null, null, null --", "admin'--", "' AND pg_sleep(5) --", "%' OR 1=1 --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1:1/a}", "{{7*7}}", "#{7*7}", "%{7*7}", "${7*7}",
            "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-1+1",
            "$(reboot)", "`id`", "; ls -la", "\u0000", "a\u0000b", "\r\nX-Injected: 1", "\u202Egnp.exe",
            "\uFEFFbom", "😀🇻🇳", "\u200B\u200B", "ﷺ", "Ａ", "\\u0000", "null", "undefined", "NaN");

    /** Path traversal and hostile file names. */
    public static final List<String> TRAVERSAL = List.of(
            "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "....//....//etc/passwd", "/etc/passwd", "C:\\boot.ini", "bien-ban.pdf\u0000.exe", "CON", "aux.txt",
            ".htaccess", "~/.ssh/id_rsa", "file:///etc/passwd", "\\\\127.0.0.1\\share\\a", "a/../../b.pdf",
            "..%c0%af..%c0%afetc/passwd", "đơn thư.pdf", Normalizer.normalize("đơn thư.pdf", Normalizer.Form.NFD));

    /** Vietnamese text composed (NFC) and decomposed (NFD): both must be stored and searched alike. */
    public static final List<String> VIETNAMESE = List.of(
            "Nguyễn Văn An", Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD),
            "Phường Phú Diễn, quận Bắc Từ Liêm", Normalizer.normalize("Phường Phú Diễn, quận Bắc Từ Liêm", Normalizer.Form.NFD),
            "Tố cáo hành vi nhận hối lộ", Normalizer.normalize("Tố cáo hành vi nhận hối lộ", Normalizer.Form.NFD),
            "Ủy ban nhân dân", "Uỷ ban nhân dân", Normalizer.normalize("Ủy ban nhân dân", Normalizer.Form.NFD)
                    + Normalizer.normalize("ỷ", Normalizer.Form.NFC));

    /** Raw byte sequences that are not UTF-8. */
    static final byte[][] INVALID_UTF8 = {
            {(byte) 0xC3, 0x28}, {(byte) 0xA0, (byte) 0xA1}, {(byte) 0xE2, 0x28, (byte) 0xA1},
            {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF},
            {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    private final Operation op;
    private final Options options;
    private final Random random;
    private final List<FieldRef> fields = new ArrayList<>();

    /** A field reachable in the body: its path (names, and 0 for an array element) and schema. */
    record FieldRef(List<Object> path, Map<String, Object> schema, boolean required) {
        String name() {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof String s) {
                    return s;
                }
            }
            return "";
        }
    }

    private HostileCorpus(Operation op, Options options) {
        this.op = op;
        this.options = options;
        this.random = new Random(options.seed() ^ op.key().hashCode());
        if (op.bodySchema() != null) {
            collect(op.bodySchema(), new ArrayList<>(), true, 0);
        }
    }

    /**
     * The corpus of one operation: {@code rejected} holds requests that must be refused (and read-only
     * requests), sent while the database must stay unchanged; {@code lenient} holds requests that may
     * legally be accepted (hostile content, and defects a service may tolerate on writes).
     */
    public record Corpus(List<HostileRequest> rejected, List<HostileRequest> lenient) {
        public int size() {
            return rejected.size() + lenient.size();
        }
    }

    public static Corpus generate(Operation op, Options options) {
        HostileCorpus c = new HostileCorpus(op, options);
        List<HostileRequest> rejected = new ArrayList<>();
        List<HostileRequest> lenient = new ArrayList<>();
        boolean jsonBody = op.hasBody() && op.bodyMediaType().contains("json");
        boolean otherBody = op.hasBody() && !jsonBody;
        boolean read = op.method().equals("GET");
        if (op.hasBody()) {
            rejected.add(c.hugeBody());
        }
        // one request line over the HTTP codec's limit: answered 414 by the codec itself
        rejected.add(new HostileRequest(op.key(), "huge-uri", true, op.method(),
                c.uri(null).replaceFirst("\\?.*", "") + "?q=" + "A".repeat(20_000), null, null, false));
        for (int i = 1; rejected.size() + lenient.size() < options.perOperation(); i++) {
            HostileRequest r;
            int pick = i % 20;
            if (jsonBody && pick < 14) {
                r = c.bodyDefect(pick);
            } else if (otherBody && pick < 10) {
                r = c.textBodyDefect();
            } else {
                r = c.paramDefect();
            }
            (r.mustReject() || read ? rejected : lenient).add(r);
        }
        List<HostileRequest> structural = new ArrayList<>(rejected);
        for (int k = 0; k < options.anonymousSamples(); k++) {
            HostileRequest r = structural.get(1 + c.random.nextInt(structural.size() - 1));
            HostileRequest anon = new HostileRequest(r.operation(), r.category(), op.secured() || r.mustReject(),
                    r.method(), r.uri(), r.contentType(), r.body(), true);
            (anon.mustReject() || read ? rejected : lenient).add(anon);
        }
        c.random.setSeed(options.seed() * 31 + op.key().hashCode());
        for (int k = 0; k < options.contentSamples(); k++) {
            lenient.add(c.content(k));
        }
        return new Corpus(rejected, lenient);
    }

    // ---------------------------------------------------------------- body defects

    private HostileRequest bodyDefect(int pick) {
        Map<String, Object> base = baseObject(op.bodySchema(), 0);
        String ct = "application/json";
        switch (pick) {
            case 0, 1: {
                return json("malformed-json", true, malformed(Json.write(base)), ct);
            }
            case 2, 3: {
                FieldRef f = anyField();
                if (f == null) {
                    return json("wrong-top-level", true, pickOf("[]", "\"x\"", "123", "null", "true", "[{}]"), ct);
                }
                set(base, f.path(), wrongType(f.schema()));
                return json("wrong-type:" + f.name(), true, Json.write(base), ct);
            }
            case 4: {
                FieldRef f = requiredField();
                if (f == null) {
                    return json("wrong-top-level", true, pickOf("[]", "\"x\"", "123", "[{}]"), ct);
                }
                boolean reference = isReferenceType(f.schema());
                if (random.nextBoolean()) {
                    remove(base, f.path());
                    return json("missing-required:" + f.name(), reference, Json.write(base), ct);
                }
                set(base, f.path(), null);
                return json("null-required:" + f.name(), reference, Json.write(base), ct);
            }
            case 5: {
                FieldRef f = stringField();
                if (f == null) {
                    return json("deep-nesting", true, deep(10_000), ct);
                }
                Object max = f.schema().get("maxLength");
                int length = max instanceof BigDecimal b ? b.intValue() + 1 + random.nextInt(3) * b.intValue() : 100_001;
                set(base, f.path(), "Ạ".repeat(Math.max(1, length)));
                return json("huge-string:" + f.name(), true, Json.write(base), ct);
            }
            case 6: {
                if (random.nextBoolean()) {
                    return json("deep-nesting", true, deep(10_000), ct);
                }
                FieldRef f = anyField();
                if (f == null) {
                    return json("deep-nesting", true, deep(10_000), ct);
                }
                set(base, f.path(), new Json.Raw(deepArray(10_000)));
                return json("deep-nesting:" + f.name(), true, Json.write(base), ct);
            }
            case 7: {
                FieldRef f = numberField();
                if (f == null) {
                    return json("malformed-json", true, malformed(Json.write(base)), ct);
                }
                Object[] bad = badNumber(f.schema());
                set(base, f.path(), bad[0]);
                return json("number:" + f.name(), (Boolean) bad[1], Json.write(base), ct);
            }
            case 8: {
                FieldRef f = dateField();
                if (f == null) {
                    return json("wrong-top-level", true, pickOf("[]", "\"x\"", "123", "null", "[{}]"), ct);
                }
                Object[] bad = badDate(f.schema());
                set(base, f.path(), bad[0]);
                return json("date:" + f.name(), (Boolean) bad[1], Json.write(base), ct);
            }
            case 9: {
                FieldRef f = enumField();
                if (f == null) {
                    return json("malformed-json", true, malformed(Json.write(base)), ct);
                }
                String first = String.valueOf(Json.array(f.schema().get("enum")).get(0));
                set(base, f.path(), pickOf("NOT_A_VALUE", first.toLowerCase() + "_x", first + "_X", "' OR 1=1 --",
                        "Ạ" + first, "1" + first));
                return json("unknown-enum:" + f.name(), true, Json.write(base), ct);
            }
            case 10: {
                FieldRef f = stringField();
                byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
                String marker = "\u0001MARK\u0001";
                if (f != null) {
                    set(base, f.path(), "Nguyễn" + marker);
                } else {
                    base.put("x", marker);
                }
                String text = Json.write(base).replace("\\u0001MARK\\u0001", "\u0001");
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                // every service reads JSON bodies as strict UTF-8 (chassis StrictUtf8Json): a must-reject
                return new HostileRequest(op.key(), "invalid-utf8" + (f == null ? "" : ":" + f.name()), true,
                        op.method(), uri(null), ct, splice(bytes, bad), false);
            }
            case 11: {
                String type = pickOf("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/octet-stream");
                return json("wrong-media-type", true, Json.write(base), type);
            }
            case 12: {
                return json("top-level", true, pickOf("", " ", "[]", "\"x\"", "123", "null", "true", "[" + Json.write(base) + "]"), ct);
            }
            default: {
                FieldRef f = objectOrArrayField();
                if (f == null) {
                    return json("malformed-json", true, malformed(Json.write(base)), ct);
                }
                set(base, f.path(), pickOf("abc", 42, true));
                return json("wrong-shape:" + f.name(), true, Json.write(base), ct);
            }
        }
    }

    private HostileRequest textBodyDefect() {
        StringBuilder sb = new StringBuilder();
        int rows = 1 + random.nextInt(5);
        for (int r = 0; r < rows; r++) {
            sb.append((String) pickOf(INJECTION.toArray())).append(',').append((String) pickOf(TRAVERSAL.toArray())).append(",\"unclosed\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextBoolean()) {
            bytes = splice(bytes, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
        }
        String ct = random.nextInt(4) == 0 ? "application/json" : op.bodyMediaType();
        return new HostileRequest(op.key(), "bad-" + op.bodyMediaType().replace('/', '-'), false, op.method(), uri(null), ct,
                bytes, false);
    }

    private HostileRequest hugeBody() {
        int size = (int) Math.min(Integer.MAX_VALUE - 16, options.maxBodyBytes() + 1024);
        byte[] body = new byte[size];
        byte[] head = "{\"content\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, size - 2, (byte) 'a');
        body[size - 2] = '"';
        body[size - 1] = '}';
        String ct = op.bodyMediaType().contains("json") ? "application/json" : op.bodyMediaType();
        return new HostileRequest(op.key(), "huge-body", true, op.method(), uri(null), ct, body, false);
    }

    private HostileRequest json(String category, boolean mustReject, String body, String contentType) {
        return new HostileRequest(op.key(), category, mustReject, op.method(), uri(null), contentType,
                body.getBytes(StandardCharsets.UTF_8), false);
    }

    // ---------------------------------------------------------------- parameter defects

    private HostileRequest paramDefect() {
        List<Param> params = new ArrayList<>(op.pathParams());
        params.addAll(op.queryParams());
        byte[] body = op.hasBody() ? validishBody() : null;
        String ct = op.hasBody() ? (op.bodyMediaType().contains("json") ? "application/json" : op.bodyMediaType()) : null;
        if (params.isEmpty()) {
            // no parameter: an unknown query parameter, and a path below the operation
            if (random.nextBoolean() && op.hasBody()) {
                return new HostileRequest(op.key(), "malformed-json", true, op.method(), uri(null), "application/json",
                        malformed(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8), false);
            }
            String suffix = "/" + enc(pickOf(TRAVERSAL.toArray())) + (random.nextBoolean() ? "" : "/" + randomWord());
            return new HostileRequest(op.key(), "unknown-subpath", true, op.method(), uri(null) .replaceFirst("\\?.*", "") + suffix, ct, body, false);
        }
        Param p = params.get(random.nextInt(params.size()));
        Object[] bad = badParam(p);
        Map<String, String> override = Map.of(p.name(), (String) bad[0]);
        return new HostileRequest(op.key(), p.in() + "-param:" + p.name() + ":" + bad[2], (Boolean) bad[1], op.method(),
                uri(override), ct, body, false);
    }

    /** Answers {encoded value, mustReject, label}. */
    private Object[] badParam(Param p) {
        Map<String, Object> s = p.schema();
        String type = OpenApiOperations.type(s);
        String format = String.valueOf(s.get("format"));
        boolean path = "path".equals(p.in());
        int k = random.nextInt(10);
        if (k == 0) {
            return new Object[] {enc(pickOf(INJECTION.toArray())), path && !"string".equals(type) || path && "uuid".equals(format), "injection"};
        }
        if (k == 1) {
            return new Object[] {enc(pickOf(TRAVERSAL.toArray())), path && ("uuid".equals(format) || !"string".equals(type)), "traversal"};
        }
        if (k == 2) {
            return new Object[] {"%C3%28" + randomWord(), path && ("uuid".equals(format) || !"string".equals(type)), "invalid-utf8"};
        }
        if (k == 3) {
            // within the HTTP codec's 4 KiB request line, so the application answers (see huge-uri)
            String huge = random.nextInt(8) == 0 ? "Ạ".repeat(300) : "A".repeat(2500 + random.nextInt(1000));
            // booleans accept only true/false (chassis StrictParams), so a huge one is refused too
            boolean bounded = s.get("maxLength") != null || "integer".equals(type) || "number".equals(type)
                    || "boolean".equals(type) || "uuid".equals(format) || "date".equals(format) || s.get("enum") != null;
            return new Object[] {enc(huge), bounded || path, "huge"};
        }
        switch (type) {
            case "integer", "number": {
                List<String> bad = new ArrayList<>(List.of("abc", "9223372036854775808", "1e400", "0x10", "", "NaN"));
                if (!"int64".equals(format)) {
                    bad.add("2147483648");
                }
                if (s.get("minimum") instanceof BigDecimal min) {
                    bad.add(min.subtract(BigDecimal.ONE).toPlainString());
                    bad.add("-2147483649");
                }
                if (s.get("maximum") instanceof BigDecimal max) {
                    bad.add(max.add(BigDecimal.ONE).toPlainString());
                }
                if (path) {
                    bad.remove(""); // an empty segment routes to the collection, which is no defect
                }
                String v = bad.get(random.nextInt(bad.size()));
                // an empty optional query number is "absent"
                boolean reject = !(v.isEmpty() && !path);
                return new Object[] {enc(v), reject, "number"};
            }
            case "boolean":
                return new Object[] {enc(pickOf("maybe", "2", "yes!", "{}")), true, "boolean"};
            default: {
                if ("uuid".equals(format)) {
                    return new Object[] {enc(pickOf("not-a-uuid", UUID.randomUUID() + "0", "00000000-0000-0000-0000",
                            "-1", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", randomWord())), true, "uuid"};
                }
                if ("date".equals(format)) {
                    return new Object[] {enc(pickOf("2021-02-30", "2021-13-01", "not-a-date", "2021-1-1", "20210101",
                            "0000-00-00", "2021-02-29", "99999-01-01", "-1")), true, "date"};
                }
                if ("date-time".equals(format)) {
                    return new Object[] {enc(pickOf("2021-02-30T00:00:00Z", "yesterday", "2021-01-01T25:00:00Z")), true, "date-time"};
                }
                if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
                    return new Object[] {enc(pickOf("NOT_A_VALUE", String.valueOf(values.get(0)).toLowerCase() + "_x", "' OR 1=1 --")),
                            true, "enum"};
                }
                if (path) {
                    return new Object[] {enc(randomWord() + pickOf("", "'", "\"", "<", "Ạ")), false, "string"};
                }
                return new Object[] {enc(pickOf(VIETNAMESE.toArray())), false, "text"};
            }
        }
    }

    // ---------------------------------------------------------------- content (may be accepted)

    private HostileRequest content(int k) {
        if (!op.hasBody() || !op.bodyMediaType().contains("json")) {
            Map<String, String> q = new LinkedHashMap<>();
            for (Param p : op.queryParams()) {
                if ("string".equals(OpenApiOperations.type(p.schema())) && p.schema().get("format") == null
                        && p.schema().get("enum") == null) {
                    q.put(p.name(), enc(pickOf(concat(INJECTION, VIETNAMESE).toArray())));
                }
            }
            q.put("unknownParam" + k, enc(pickOf(INJECTION.toArray())));
            byte[] body = op.hasBody() ? validishBody() : null;
            return new HostileRequest(op.key(), "content-query", false, op.method(), uri(q),
                    op.hasBody() ? op.bodyMediaType() : null, body, false);
        }
        Map<String, Object> base = baseObject(op.bodySchema(), 0);
        String category;
        FieldRef f = stringField();
        switch (k % 6) {
            case 5 -> {
                // U+0000 is valid JSON and valid UTF-8 but PostgreSQL text cannot hold it
                category = "content-nul-character";
                if (f != null) {
                    set(base, f.path(), "trước\u0000sau");
                }
            }
            case 0 -> {
                category = "content-injection";
                if (f != null) {
                    set(base, f.path(), pickOf(INJECTION.toArray()));
                }
            }
            case 1 -> {
                category = "content-nfd-vietnamese";
                if (f != null) {
                    set(base, f.path(), pickOf(VIETNAMESE.toArray()));
                }
            }
            case 2 -> {
                category = "content-path-traversal";
                FieldRef file = fields.stream().filter(x -> x.name().toLowerCase().matches(".*(file|name|path|reference|url).*")
                        && isPlainString(x.schema())).findFirst().orElse(f);
                if (file != null) {
                    set(base, file.path(), pickOf(TRAVERSAL.toArray()));
                }
            }
            case 3 -> {
                category = "content-server-owned-fields";
                base.put("id", UUID.randomUUID().toString());
                base.put("status", "RESOLVED");
                base.put("number", "HACK-1");
                base.put("dueDate", "2000-01-01");
                base.put("createdBy", "attacker");
                base.put("version", 999);
            }
            default -> {
                category = "content-extra-fields";
                for (int i = 0; i < 20; i++) {
                    base.put("extra" + i, pickOf(INJECTION.toArray()));
                }
            }
        }
        return json(category, false, Json.write(base), "application/json");
    }

    // ---------------------------------------------------------------- plausible values

    private byte[] validishBody() {
        if (op.bodyMediaType().contains("json")) {
            return Json.write(baseObject(op.bodySchema(), 0)).getBytes(StandardCharsets.UTF_8);
        }
        return "a,b\n".getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> baseObject(Map<String, Object> schema, int depth) {
        Object v = plausible(schema, "", depth);
        if (v instanceof Map<?, ?>) {
            return Json.object(v);
        }
        return new LinkedHashMap<>();
    }

    private Object plausible(Map<String, Object> schema, String name, int depth) {
        String type = OpenApiOperations.type(schema);
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        switch (type) {
            case "object": {
                Map<String, Object> out = new LinkedHashMap<>();
                if (depth > 6) {
                    return out;
                }
                List<Object> required = Json.array(schema.get("required"));
                for (var e : Json.object(schema.get("properties")).entrySet()) {
                    if (required.contains(e.getKey())) {
                        out.put(e.getKey(), plausible(Json.object(e.getValue()), e.getKey(), depth + 1));
                    }
                }
                return out;
            }
            case "array": {
                List<Object> out = new ArrayList<>();
                Map<String, Object> items = Json.object(schema.get("items"));
                int min = schema.get("minItems") instanceof BigDecimal b ? Math.max(1, b.intValue()) : 1;
                if (depth <= 6) {
                    for (int i = 0; i < min; i++) {
                        out.add(plausible(items, name, depth + 1));
                    }
                }
                return out;
            }
            case "integer", "number": {
                long v = 1;
                if (schema.get("minimum") instanceof BigDecimal min) {
                    v = Math.max(v, min.longValue());
                }
                if (schema.get("maximum") instanceof BigDecimal max) {
                    v = Math.min(v, max.longValue());
                }
                return v;
            }
            case "boolean":
                return Boolean.FALSE;
            default: {
                String format = String.valueOf(schema.get("format"));
                String lower = name.toLowerCase();
                if ("date".equals(format)) {
                    return LocalDate.now(ZoneOffset.ofHours(7)).minusDays(3).toString();
                }
                if ("date-time".equals(format)) {
                    return OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).toString();
                }
                if ("uuid".equals(format)) {
                    return new UUID(random.nextLong(), random.nextLong()).toString();
                }
                if ("email".equals(format) || lower.contains("email")) {
                    return "nguoi.dan@example.vn";
                }
                if (lower.contains("unit") || lower.endsWith("path")) {
                    return options.unitPath();
                }
                if (lower.contains("phone")) {
                    return "0912345678";
                }
                if (lower.contains("year")) {
                    return String.valueOf(LocalDate.now().getYear());
                }
                int min = schema.get("minLength") instanceof BigDecimal b ? b.intValue() : 1;
                String s = "Nội dung kiểm thử " + name;
                while (s.length() < min) {
                    s = s + " nội dung";
                }
                if (schema.get("maxLength") instanceof BigDecimal max && s.length() > max.intValue()) {
                    s = s.substring(0, Math.max(min, max.intValue()));
                }
                return s;
            }
        }
    }

    // ---------------------------------------------------------------- bad values

    private Object wrongType(Map<String, Object> schema) {
        String type = OpenApiOperations.type(schema);
        return switch (type) {
            case "integer", "number" -> pickOf("abc", Map.of("a", 1), List.of(1, 2), "1 OR 1=1");
            case "boolean" -> pickOf("abc", Map.of("a", 1), List.of(true));
            case "object" -> pickOf("abc", 42, List.of(1, 2), false);
            case "array" -> pickOf("abc", Map.of("a", 1), 42);
            default -> pickOf(Map.of("a", 1), List.of(1, 2), Map.of());
        };
    }

    private Object[] badNumber(Map<String, Object> schema) {
        String format = String.valueOf(schema.get("format"));
        List<Object[]> bad = new ArrayList<>();
        bad.add(new Object[] {new Json.Raw("9223372036854775808"), true});
        bad.add(new Object[] {new Json.Raw("1e400"), !"number".equals(OpenApiOperations.type(schema)) || schema.get("maximum") != null});
        bad.add(new Object[] {new Json.Raw("-1e400"), !"number".equals(OpenApiOperations.type(schema)) || schema.get("minimum") != null});
        if (!"int64".equals(format) && "integer".equals(OpenApiOperations.type(schema))) {
            bad.add(new Object[] {new Json.Raw("2147483648"), true});
            bad.add(new Object[] {new Json.Raw("-2147483649"), true});
        }
        if (schema.get("minimum") instanceof BigDecimal min) {
            bad.add(new Object[] {min.subtract(BigDecimal.ONE), true});
            bad.add(new Object[] {new Json.Raw("-1"), min.signum() >= 0});
        } else {
            bad.add(new Object[] {new Json.Raw("-1"), false});
        }
        if (schema.get("maximum") instanceof BigDecimal max) {
            bad.add(new Object[] {max.add(BigDecimal.ONE), true});
        }
        bad.add(new Object[] {new Json.Raw("1.5"), false});
        return bad.get(random.nextInt(bad.size()));
    }

    private Object[] badDate(Map<String, Object> schema) {
        boolean dateTime = "date-time".equals(String.valueOf(schema.get("format")));
        int k = random.nextInt(dateTime ? 4 : 10);
        if (dateTime) {
            return new Object[] {pickOf("2021-02-30T10:00:00Z", "2021-13-01T00:00:00Z", "yesterday", "2021-01-01T25:61:00Z"), true};
        }
        return switch (k) {
            case 0 -> new Object[] {"2021-02-30", true};
            case 1 -> new Object[] {"2021-13-01", true};
            case 2 -> new Object[] {"not-a-date", true};
            case 3 -> new Object[] {"2021-1-1", true};
            case 4 -> new Object[] {"20210101", true};
            case 5 -> new Object[] {"0000-00-00", true};
            case 6 -> new Object[] {"2999-12-31", false};
            case 7 -> new Object[] {"+999999999-12-31", false};
            case 8 -> new Object[] {"1900-01-01", false};
            default -> new Object[] {new Json.Raw("20210101"), false};
        };
    }

    private String malformed(String valid) {
        int k = random.nextInt(12);
        return switch (k) {
            case 0, 1, 2 -> valid.length() > 1 ? valid.substring(0, 1 + random.nextInt(valid.length() - 1)) : "{";
            case 3 -> valid.replace("\"", "'");
            case 4 -> valid.replaceFirst("}$", ",}");
            case 5 -> valid.replaceFirst(":", ":NaN,\"z\":");
            case 6 -> "/* comment */" + valid;
            case 7 -> valid.replaceFirst("\\{", "{\"a\":}");
            case 8 -> "{" + randomWord() + ":1}";
            case 9 -> valid.replaceFirst(":", "::");
            case 10 -> valid.replaceFirst("\\{", "{{");
            default -> randomGarbage();
        };
    }

    private String deep(int levels) {
        StringBuilder sb = new StringBuilder(levels * 6);
        for (int i = 0; i < levels; i++) {
            sb.append("{\"a\":");
        }
        sb.append("1");
        sb.append("}".repeat(levels));
        return sb.toString();
    }

    private static String deepArray(int levels) {
        return "[".repeat(levels) + "]".repeat(levels);
    }

    // ---------------------------------------------------------------- schema walking

    private void collect(Map<String, Object> schema, List<Object> path, boolean required, int depth) {
        if (depth > 5) {
            return;
        }
        if (!path.isEmpty()) {
            fields.add(new FieldRef(List.copyOf(path), schema, required));
        }
        String type = OpenApiOperations.type(schema);
        if ("object".equals(type)) {
            List<Object> req = Json.array(schema.get("required"));
            for (var e : Json.object(schema.get("properties")).entrySet()) {
                path.add(e.getKey());
                collect(Json.object(e.getValue()), path, required && req.contains(e.getKey()), depth + 1);
                path.remove(path.size() - 1);
            }
        } else if ("array".equals(type)) {
            path.add(0);
            collect(Json.object(schema.get("items")), path, required, depth + 1);
            path.remove(path.size() - 1);
        }
    }

    private FieldRef anyField() {
        return fields.isEmpty() ? null : fields.get(random.nextInt(fields.size()));
    }

    private FieldRef requiredField() {
        List<FieldRef> r = fields.stream().filter(FieldRef::required).filter(f -> f.path().get(f.path().size() - 1) instanceof String).toList();
        return r.isEmpty() ? null : r.get(random.nextInt(r.size()));
    }

    private FieldRef stringField() {
        List<FieldRef> r = fields.stream().filter(f -> isPlainString(f.schema())).toList();
        return r.isEmpty() ? null : r.get(random.nextInt(r.size()));
    }

    private FieldRef numberField() {
        List<FieldRef> r = fields.stream().filter(f -> {
            String t = OpenApiOperations.type(f.schema());
            return "integer".equals(t) || "number".equals(t);
        }).toList();
        return r.isEmpty() ? null : r.get(random.nextInt(r.size()));
    }

    private FieldRef dateField() {
        List<FieldRef> r = fields.stream().filter(f -> {
            String fm = String.valueOf(f.schema().get("format"));
            return "date".equals(fm) || "date-time".equals(fm);
        }).toList();
        return r.isEmpty() ? null : r.get(random.nextInt(r.size()));
    }

    private FieldRef enumField() {
        List<FieldRef> r = fields.stream().filter(f -> f.schema().get("enum") instanceof List<?> l && !l.isEmpty()).toList();
        return r.isEmpty() ? null : r.get(random.nextInt(r.size()));
    }

    private FieldRef objectOrArrayField() {
        List<FieldRef> r = fields.stream().filter(f -> {
            String t = OpenApiOperations.type(f.schema());
            return "object".equals(t) || "array".equals(t);
        }).toList();
        return r.isEmpty() ? null : r.get(random.nextInt(r.size()));
    }

    private static boolean isPlainString(Map<String, Object> schema) {
        return "string".equals(OpenApiOperations.type(schema)) && schema.get("enum") == null
                && schema.get("format") == null;
    }

    private static boolean isReferenceType(Map<String, Object> schema) {
        String t = OpenApiOperations.type(schema);
        return !"integer".equals(t) && !"number".equals(t) && !"boolean".equals(t);
    }

    /** Sets a value at a path, creating the objects and arrays on the way. */
    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> root, List<Object> path, Object value) {
        Object current = root;
        for (int i = 0; i < path.size(); i++) {
            Object key = path.get(i);
            boolean last = i == path.size() - 1;
            Object next = last ? value : (path.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>());
            if (current instanceof Map<?, ?> m) {
                Map<String, Object> map = (Map<String, Object>) m;
                if (last || !(map.get(key) instanceof Map || map.get(key) instanceof List)) {
                    map.put((String) key, next);
                }
                current = map.get(key);
            } else if (current instanceof List<?> l) {
                List<Object> list = (List<Object>) l;
                if (list.isEmpty()) {
                    list.add(next);
                } else if (last || !(list.get(0) instanceof Map || list.get(0) instanceof List)) {
                    list.set(0, next);
                }
                current = list.get(0);
            } else {
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    static void remove(Map<String, Object> root, List<Object> path) {
        Object current = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object key = path.get(i);
            current = current instanceof Map<?, ?> m ? m.get(key) : current instanceof List<?> l && !l.isEmpty() ? l.get(0) : null;
        }
        if (current instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).remove(path.get(path.size() - 1));
        }
    }

    // ---------------------------------------------------------------- URIs and helpers

    /** The operation's path with plausible parameters, some replaced by {@code override} (already encoded). */
    private String uri(Map<String, String> override) {
        String path = op.path();
        for (Param p : op.pathParams()) {
            String v = override != null && override.containsKey(p.name()) ? override.get(p.name()) : enc(absentId(p));
            path = path.replace("{" + p.name() + "}", v);
        }
        StringBuilder q = new StringBuilder();
        for (Param p : op.queryParams()) {
            String v = null;
            if (override != null && override.containsKey(p.name())) {
                v = override.get(p.name());
            } else if (p.required()) {
                v = enc(String.valueOf(plausible(p.schema(), p.name(), 0)));
            }
            if (v != null) {
                q.append(q.isEmpty() ? '?' : '&').append(enc(p.name())).append('=').append(v);
            }
        }
        if (override != null) {
            for (var e : override.entrySet()) {
                boolean known = op.pathParams().stream().anyMatch(p -> p.name().equals(e.getKey()))
                        || op.queryParams().stream().anyMatch(p -> p.name().equals(e.getKey()));
                if (!known) {
                    q.append(q.isEmpty() ? '?' : '&').append(enc(e.getKey())).append('=').append(e.getValue());
                }
            }
        }
        return path + q;
    }

    /**
     * A well-formed path value that names no existing record: a request that slips through must never
     * change another test's data (rule 1, program 1 …). UUIDs are random; numbers take the schema's
     * maximum (e.g. year 2100) or 987654321.
     */
    private String absentId(Param p) {
        String type = OpenApiOperations.type(p.schema());
        if ("integer".equals(type) || "number".equals(type)) {
            return p.schema().get("maximum") instanceof BigDecimal max ? max.toBigInteger().toString() : "987654321";
        }
        return String.valueOf(plausible(p.schema(), p.name(), 0));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] splice(byte[] text, byte[] bad) {
        int at = -1;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == 0x01) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            at = Math.max(1, text.length / 2);
            byte[] out = new byte[text.length + bad.length];
            System.arraycopy(text, 0, out, 0, at);
            System.arraycopy(bad, 0, out, at, bad.length);
            System.arraycopy(text, at, out, at + bad.length, text.length - at);
            return out;
        }
        byte[] out = new byte[text.length - 1 + bad.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(text, at + 1, out, at + bad.length, text.length - at - 1);
        return out;
    }

    private String randomWord() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private String randomGarbage() {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(200);
        for (int i = 0; i < n; i++) {
            sb.append((char) (0x20 + random.nextInt(0x5f)));
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private <T> T pickOf(Object... values) {
        return (T) values[random.nextInt(values.length)];
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
