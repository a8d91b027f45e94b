package vn.minhbach.programs.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.UnitPath;

/**
 * The pure rules of the change feed (issue 19.2): what of an event is kept, which unit it belongs to,
 * the opaque cursor and the query parameters. No I/O; tested by {@code ChangeEventsTest}.
 */
public final class ChangeEvents {

    /** The data field by which a petition names the integration client that submitted it (a hash). */
    public static final String INTAKE_CLIENT = "intakeClient";

    /**
     * Fields that name or identify a person, or a submitter, wherever they appear in an event's
     * {@code data}. The services' events already carry none (docs/contracts.md); this is the second
     * line: whatever a producer might add by mistake never reaches the feed or a webhook.
     */
    static final Set<String> IDENTITY_FIELDS = Set.of("petitioners", "petitioner", "denouncer", "denouncers",
            "fullname", "idnumber", "identity", "identitynumber", "phone", "email", "address", "birthdate",
            "dateofbirth", "submittedby", "submitter", "createdby", "actor", "username", "officialname",
            "intakeclient", "membername");

    private static final String CURSOR_PREFIX = "c1:";
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final Pattern WAIT = Pattern.compile("(\\d{1,3})(ms|s)?");
    public static final int MAX_TYPES = 50;

    private ChangeEvents() {
    }

    /** A copy of {@code data} without identity fields, at any depth. */
    public static JsonNode strip(JsonNode data) {
        if (data == null) {
            return null;
        }
        JsonNode copy = data.deepCopy();
        stripInPlace(copy);
        return copy;
    }

    private static void stripInPlace(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            List<String> remove = new ArrayList<>();
            while (names.hasNext()) {
                String name = names.next();
                if (IDENTITY_FIELDS.contains(name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""))) {
                    remove.add(name);
                }
            }
            object.remove(remove);
            object.elements().forEachRemaining(ChangeEvents::stripInPlace);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(ChangeEvents::stripInPlace);
        }
    }

    /**
     * The unit an event belongs to: {@code data.unitPath} (every domain event), else {@code data.path}
     * (the unit registry's {@code unit.*} events), else {@code data.ownerUnit}; null when none is a
     * unit path (such an event is shown to no official).
     */
    public static String unitOf(JsonNode data) {
        if (data == null) {
            return null;
        }
        for (String field : List.of("unitPath", "path", "ownerUnit")) {
            JsonNode value = data.get(field);
            if (value != null && value.isTextual() && UnitPath.isValid(value.asText())) {
                return value.asText();
            }
        }
        return null;
    }

    /** The submitting client's reference a {@code petition.received} event carries, or null. */
    public static String intakeClientOf(JsonNode data) {
        JsonNode value = data == null ? null : data.get(INTAKE_CLIENT);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** The opaque cursor of position {@code seq}: base64url, no padding. */
    public static String cursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position of a cursor the feed gave out; absent or blank means the beginning (0). */
    public static long position(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(CURSOR_PREFIX)) {
                long seq = Long.parseLong(text.substring(CURSOR_PREFIX.length()));
                if (seq >= 0 && cursor(seq).equals(cursor)) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not a number: refused below
        }
        throw ProblemException.badRequest("changes.cursor-invalid").withField("after");
    }

    /** {@code types=a.b,c.d}: event type names, each like {@code petition.accepted}; empty means all. */
    public static Set<String> types(String types) {
        Set<String> out = new LinkedHashSet<>();
        if (types == null || types.isBlank()) {
            return out;
        }
        for (String t : types.split(",")) {
            String type = t.trim();
            if (type.isEmpty()) {
                continue;
            }
            if (type.length() > 100 || !TYPE.matcher(type).matches()) {
                throw ProblemException.badRequest("changes.type-invalid", type.length() > 100 ? type.substring(0, 100) : type)
                        .withField("types");
            }
            out.add(type);
        }
        if (out.size() > MAX_TYPES) {
            throw ProblemException.badRequest("changes.too-many-types", MAX_TYPES).withField("types");
        }
        return out;
    }

    /** {@code wait=30s} (or {@code 30}, {@code 500ms}): 0 to {@code max}. */
    public static Duration waitFor(String wait, Duration max) {
        if (wait == null || wait.isBlank()) {
            return Duration.ZERO;
        }
        Matcher m = WAIT.matcher(wait.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = "ms".equals(m.group(2)) ? Duration.ofMillis(n) : Duration.ofSeconds(n);
            if (d.compareTo(max) <= 0) {
                return d;
            }
        }
        throw ProblemException.badRequest("changes.wait-invalid", max.toSeconds()).withField("wait");
    }
}
