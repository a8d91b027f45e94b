package vn.minhbach.programs;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import vn.minhbach.testing.Topics;
import vn.minhbach.testing.EventContract;
import vn.minhbach.testing.TestTokens;

/** Tokens, CloudEvents shaped as docs/contracts.md fixes them, and small waiting helpers. */
public final class Fixtures {

    public static final String PETITIONS_TOPIC = "minhbach.petitions.v1";
    public static final String INSPECTIONS_TOPIC = "minhbach.inspections.v1";
    public static final String PROGRAMS_TOPIC = "minhbach.programs.v1";
    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static RequestSpecification as(String user, String unit, String... roles) {
        return given().auth().oauth2(TestTokens.token(user, unit, roles)).contentType(ContentType.JSON);
    }

    public static RequestSpecification officer(String unit) {
        return as("officer-" + unit, unit, "program-officer");
    }

    public static RequestSpecification reporter(String unit) {
        return as("reporter-" + unit, unit, "unit-reporter");
    }

    /** A client-credentials token of the integration client: the role is a client role, unit 01. */
    public static String integrationToken(String... clientRoles) {
        return Jwt.preferredUserName("service-account-minhbach-integration")
                .subject("service-account-minhbach-integration")
                .issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .claim("unit", "01")
                .claim("realm_access", Map.of("roles", List.of()))
                .claim("resource_access", Map.of("minhbach-integration", Map.of("roles", List.of(clientRoles))))
                .expiresIn(Duration.ofMinutes(30))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** A CloudEvents 1.0 structured JSON event; the key is the subject (aggregate id). */
    public record Event(String topic, String key, String json) {
    }

    /**
     * Checked against the producer's published schema of {@code type} (EventContract): a fixture cannot send a
     * consumer what the producer never publishes.
     */
    public static Event event(String topic, String source, String type, String subject, Map<String, Object> data) {
        Event e = uncheckedEvent(topic, source, type, subject, data);
        EventContract.conforming(e.json());
        return e;
    }

    /**
     * An event as it is, not checked against its type's schema: only for the tests of what a consumer does with an
     * event no producer publishes (dead-letter topic).
     */
    public static Event uncheckedEvent(String topic, String source, String type, String subject, Map<String, Object> data) {
        ObjectNode e = JSON.createObjectNode();
        e.put("specversion", "1.0");
        e.put("id", UUID.randomUUID().toString());
        e.put("source", source);
        e.put("type", type);
        e.put("subject", subject);
        e.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        e.put("datacontenttype", "application/json");
        e.set("data", JSON.valueToTree(data));
        return new Event(topic, subject, e.toString());
    }

    /** A fixed UUID for a fixture's name ({@code p-article-7}): petition and visit ids are UUIDs (their schemas). */
    public static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public static Event petitionEvent(String type, String petitionId, Map<String, Object> data) {
        return event(PETITIONS_TOPIC, "/minhbach/petitions-service", type, petitionId, data);
    }

    public static Event inspectionEvent(String type, String teamId, Map<String, Object> data) {
        return event(INSPECTIONS_TOPIC, "/minhbach/inspections-service", type, teamId, data);
    }

    public static void send(List<Event> events) {
        Topics.send(events.stream().map(e -> new String[] {e.topic(), e.key(), e.json()}).toList());
    }

    /** Waits until the condition holds, or fails after {@code timeout}. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (AssertionError | RuntimeException ignored) {
                // not yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        if (!condition.getAsBoolean()) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    /** Events of this service's topic whose data.unitPath lies in {@code unit}'s subtree, read from the start. */
    public static List<com.fasterxml.jackson.databind.JsonNode> programEvents(String unit, Duration wait,
            java.util.function.Predicate<List<com.fasterxml.jackson.databind.JsonNode>> until) {
        return Topics.read(PROGRAMS_TOPIC, (k, e) -> {
            String path = e.path("data").path("unitPath").asText();
            return path.equals(unit) || path.startsWith(unit + ".");
        }, until, wait, EventContract::assertConforms); // what this service really published
    }

    public static String date(LocalDate d) {
        return d.toString();
    }
}
