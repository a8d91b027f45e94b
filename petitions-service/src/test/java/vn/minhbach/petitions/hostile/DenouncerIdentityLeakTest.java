package vn.minhbach.petitions.hostile;

import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.KafkaTestResource;

/**
 * A denouncer's identity after a full scenario: two named denunciations with distinctive identity
 * values go through intake, duplicate check, corruption-sign flagging, acceptance, verification,
 * resolution and a custodian's reveal; then every log file, every record of every Kafka topic, the CSV
 * export, every list and detail view read by non-custodian roles and every database row are searched
 * for the values (composed and decomposed). None may be found; the identity columns hold ciphertext.
 */
@QuarkusTest
class DenouncerIdentityLeakTest {

    static final String UNIT = "01.963";

    @Inject
    AgroalDataSource db;

    /** Distinctive values: nothing else in the test data can contain them by chance. */
    static final String NAME_1 = "Lưu Thị Hồng Nhạn Qzx";
    static final String ID_1 = "QZX079188773";
    static final String ADDRESS_1 = "Số 77 ngõ Qzxhẻm, phường Xuân Đỉnh";
    static final String PHONE_1 = "0987 654 329";
    static final String EMAIL_1 = "qzx.to.cao@example.vn";
    static final String NAME_2 = "Đặng Văn Quýt Qzy";
    static final String ID_2 = "QZY001199554";
    static final String EMAIL_2 = "qzy.nguoi.to.cao@example.vn";

    static List<String> needles() {
        List<String> values = List.of(NAME_1, ID_1, ADDRESS_1, PHONE_1, EMAIL_1, NAME_2, ID_2, EMAIL_2);
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.add(v);
            out.add(Normalizer.normalize(v, Normalizer.Form.NFD));
        }
        // Distinctive fragments alone, should a service reformat a value. Each holds a character
        // base64 never has (space, '.', Vietnamese letters) or nine digits, so random ciphertext
        // cannot contain one by chance (three-letter fragments like "QZY" did).
        out.addAll(List.of("Nhạn Qzx", "Quýt Qzy", "079188773", "001199554", "qzx.to.cao", "qzy.nguoi", "654 329"));
        return out;
    }

    String denounce(String name, String idNumber, String address, String phone, String email, String subject) {
        var body = intake(UNIT, "DENUNCIATION", LocalDate.now().minusDays(10), subject,
                "Tố cáo cán bộ địa chính nhận tiền để hợp thức hoá đất lấn chiếm", "LAND_MANAGEMENT");
        Map<String, Object> p = new LinkedHashMap<>(petitioner(name, idNumber, true));
        p.put("address", address);
        p.put("phone", phone);
        p.put("email", email);
        body.put("petitioners", List.of(p));
        return reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
    }

    @Test
    void identityIsFoundNowhereButAsCiphertext() throws Exception {
        String first = denounce(NAME_1, ID_1, ADDRESS_1, PHONE_1, EMAIL_1, "Ông Lê Văn Bảy, cán bộ địa chính");
        // the same people again: the duplicate check works on fingerprints, never on clear identity
        String second = denounce(NAME_2, ID_2, ADDRESS_1, PHONE_1, EMAIL_2, "Ông Lê Văn Bảy, cán bộ địa chính");
        LocalDate d = LocalDate.now().minusDays(9);
        for (String id : List.of(first, second)) {
            handler(UNIT).get("/api/v1/petitions/" + id + "/duplicates").then().statusCode(200);
            move(UNIT, id, "ACCEPT", d);
            move(UNIT, id, "START_VERIFICATION", d.plusDays(1));
            handler(UNIT).body(Map.of("summary", "Dấu hiệu nhận hối lộ", "flaggedDate", d.plusDays(2).toString()))
                    .post("/api/v1/petitions/" + id + "/corruption-signs");
        }
        move(UNIT, first, "RESOLVE", d.plusDays(3), "outcome", "RIGHT");
        // the custodian's reveal is the one legitimate way to the identity (and it is audited)
        String revealed = as("custodian-" + UNIT, UNIT, "identity-custodian")
                .body(Map.of("reason", "Áp dụng biện pháp bảo vệ người tố cáo theo yêu cầu"))
                .post("/api/v1/petitions/" + first + "/identity-reveals").then().statusCode(200).extract().asString();
        assertTrue(revealed.contains(NAME_1), "the custodian sees the identity: the needle is right");

        List<String> leaks = new ArrayList<>();
        // 1. every view a non-custodian role can read
        Map<String, String> views = new LinkedHashMap<>();
        for (String role : List.of("reception-officer", "petition-handler", "leader", "auditor")) {
            var who = as(role + "-" + UNIT, UNIT, role);
            views.put(role + " list", who.queryParam("size", 200).get("/api/v1/petitions").asString());
            // the subject, not the identity: a query string is written to the access log as is
            views.put(role + " text search", who.queryParam("q", "Lê Văn Bảy").get("/api/v1/petitions").asString());
            for (String id : List.of(first, second)) {
                views.put(role + " detail " + id, who.get("/api/v1/petitions/" + id).asString());
                views.put(role + " duplicates " + id, who.get("/api/v1/petitions/" + id + "/duplicates").asString());
            }
            views.put(role + " export", io.restassured.RestAssured.given()
                    .auth().oauth2(vn.minhbach.testing.TestTokens.token(role + "-" + UNIT, UNIT, role))
                    .accept("text/csv").get("/api/v1/petitions/export").asString());
            views.put(role + " register", who.get("/api/v1/petitions/register").asString());
            views.put(role + " due-soon", who.get("/api/v1/petitions/due-soon").asString());
            views.put(role + " statistics", who.get("/api/v1/petitions/statistics").asString());
        }
        views.put("statistics-reader statistics", as("integration", "01", "statistics-reader")
                .get("/api/v1/petitions/statistics").asString());
        views.forEach((what, text) -> find(what, text, leaks));
        assertTrue(views.get("petition-handler detail " + first).contains(first), "the detail view was read");
        assertTrue(views.get("auditor export").contains("DENUNCIATION") || views.get("auditor export").contains("TỐ CÁO")
                || views.get("auditor export").lines().count() > 2, "the export has the scenario's rows: " + views.get("auditor export"));

        // 2. every record of every Kafka topic
        int records = 0;
        boolean sawOurEvents = false;
        for (var rec : allRecords()) {
            records++;
            sawOurEvents |= rec.contains(first);
            find("Kafka " + rec.substring(0, Math.min(80, rec.length())), rec, leaks);
        }
        assertTrue(sawOurEvents, "the scenario's events were read from the topic (" + records + " records)");

        // 3. every log file the service writes in tests (application log and HTTP access log)
        Path logs = Path.of("target");
        try (Stream<Path> files = Files.walk(logs, 1)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                find("log " + f, Files.readString(f, StandardCharsets.UTF_8), leaks);
            }
        }
        assertTrue(Files.exists(Path.of("target/quarkus-test.log")), "the test profile writes its log file");

        // 4. every row of every table in clear: only the petitioner columns may hold the identity, encrypted
        try (var c = db.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (var rs = c.createStatement().executeQuery("select t::text from \"" + t + "\" t")) {
                    while (rs.next()) {
                        find("table " + t, rs.getString(1), leaks);
                    }
                }
            }
            try (var q = c.prepareStatement("select name_enc, id_number_enc from petitioner where petition_id = ?")) {
                q.setObject(1, UUID.fromString(first));
                var rs = q.executeQuery();
                assertTrue(rs.next(), "the petitioner row exists");
                for (int i = 1; i <= 2; i++) {
                    String stored = String.valueOf(rs.getObject(i) instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1)
                            : rs.getString(i));
                    assertTrue(stored.length() > 20, "the identity column holds a ciphertext, not " + stored);
                }
            }
        }
        assertTrue(leaks.isEmpty(), "identity values found outside the custodian's view:\n" + String.join("\n", leaks));
    }

    static void find(String where, String text, List<String> leaks) {
        if (text == null) {
            return;
        }
        for (String n : needles()) {
            int at = text.indexOf(n);
            if (at >= 0) {
                leaks.add(where + ": '" + n + "' in …" + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)) + "…");
                return;
            }
        }
    }

    /** Every record of every topic of the in-JVM broker, as text. */
    static List<String> allRecords() throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        List<String> out = new ArrayList<>();
        try (Admin a = Admin.create(admin)) {
            var topics = a.listTopics().names().get();
            var description = a.describeTopics(topics).allTopicNames().get();
            List<TopicPartition> partitions = new ArrayList<>();
            description.forEach((name, d) -> d.partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long deadline = System.currentTimeMillis() + 30_000;
                // wait a little for the relay to publish the scenario's last events
                Thread.sleep(2000);
                end = consumer.endOffsets(partitions);
                while (System.currentTimeMillis() < deadline
                        && partitions.stream().anyMatch(p -> consumer.position(p) < endOf(p, consumer))) {
                    for (var r : consumer.poll(Duration.ofMillis(500))) {
                        StringBuilder sb = new StringBuilder(r.topic()).append(' ');
                        if (r.key() != null) {
                            sb.append(new String(r.key(), StandardCharsets.UTF_8)).append(' ');
                        }
                        r.headers().forEach(h -> sb.append(h.key()).append('=')
                                .append(h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8)).append(' '));
                        if (r.value() != null) {
                            sb.append(new String(r.value(), StandardCharsets.UTF_8));
                        }
                        out.add(sb.toString());
                    }
                }
                assertFalse(end.isEmpty(), "the broker has topics");
            }
        }
        return out;
    }

    private static long endOf(TopicPartition p, KafkaConsumer<byte[], byte[]> consumer) {
        return consumer.endOffsets(List.of(p)).get(p);
    }
}
