package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Denouncer protection: identity is AES-GCM ciphertext in the database, revealed only to the unit's
 * identity custodian with a reason (audited), and absent from views, lists, exports, events, errors.
 */
@QuarkusTest
class IdentityProtectionTest {

    static final String UNIT = "01.905";
    static final String NAME = "Phạm Thị Hồng Nhung";
    static final String ID_NUMBER = "001195067890";

    @Inject
    AgroalDataSource db;

    String namedDenunciation() {
        var body = intake(UNIT, "DENUNCIATION", LocalDate.of(2023, 5, 2), "Ông Đỗ Văn Chính, cán bộ",
                "Tố cáo sai phạm trong bồi thường GPMB", "SITE_CLEARANCE");
        body.put("petitioners", List.of(petitioner(NAME, ID_NUMBER, true)));
        return reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
    }

    @Test
    void identityColumnsHoldCiphertext() throws Exception {
        String id = namedDenunciation();
        try (var c = db.getConnection();
             var q = c.prepareStatement("select name_enc, id_number_enc, address_enc, phone_enc, email_enc,"
                     + " fingerprint from petitioner where petition_id = ?")) {
            q.setObject(1, UUID.fromString(id));
            var rs = q.executeQuery();
            assertTrue(rs.next());
            String nameEnc = rs.getString(1);
            assertTrue(nameEnc.startsWith("k1:"), "ciphertext tagged with its key id");
            assertFalse(nameEnc.contains(NAME) || nameEnc.contains("Nhung"));
            assertFalse(rs.getString(2).contains(ID_NUMBER));
            assertFalse(rs.getString(3).contains("Phú Diễn"));
            assertFalse(rs.getString(4).contains("0912345678"));
            assertFalse(rs.getString(5).contains("example.vn"));
            byte[] raw = Base64.getDecoder().decode(nameEnc.substring(3));
            assertTrue(raw.length >= 12 + 16 + 1, "IV, ciphertext and GCM tag");
        }
        try (var c = db.getConnection();
             var q = c.prepareStatement("select count(*) from petitioner x where cast(x as text) like ?")) {
            q.setString(1, "%" + ID_NUMBER + "%");
            var rs = q.executeQuery();
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void custodianOfTheUnitRevealsWithAReasonAndTheRevealIsAudited() throws Exception {
        String id = namedDenunciation();
        String reveal = "/api/v1/petitions/" + id + "/identity-reveals";
        as("custodian", UNIT, "identity-custodian").body(Map.of("reason", "Xác minh để bảo vệ người tố cáo theo yêu cầu"))
                .post(reveal).then().statusCode(200)
                .body("petitioners[0].name", is(NAME)).body("petitioners[0].idNumber", is(ID_NUMBER))
                .body("petitioners[0].email", is("nguoi.gui@example.vn"));
        try (var c = db.getConnection();
             var q = c.prepareStatement("select actor, details::text from audit_log where entity_id = ?"
                     + " and action = 'petition.identity-revealed'")) {
            q.setString(1, id);
            var rs = q.executeQuery();
            assertTrue(rs.next());
            assertEquals("custodian", rs.getString(1));
            assertTrue(rs.getString(2).contains("bảo vệ người tố cáo"));
            assertFalse(rs.getString(2).contains(NAME));
        }
        as("custodian", UNIT, "identity-custodian").body(Map.of()).post(reveal).then().statusCode(400);
        as("custodian", UNIT, "identity-custodian").body(Map.of("reason", "ngắn")).post(reveal).then().statusCode(400);
        as("custodian-x", "01.006", "identity-custodian").body(Map.of("reason", "Tò mò muốn biết người tố cáo"))
                .post(reveal).then().statusCode(404);
        handler(UNIT).body(Map.of("reason", "Cán bộ xử lý muốn biết tên")).post(reveal).then().statusCode(403);
        as("leader", UNIT, "leader").body(Map.of("reason", "Lãnh đạo muốn biết tên")).post(reveal).then().statusCode(403);
    }

    @Test
    void identityAppearsInNoViewListExportOrEvent() {
        String id = namedDenunciation();
        String detail = handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200)
                .body("petitionerCount", is(1)).extract().asString();
        String list = handler(UNIT).get("/api/v1/petitions").then().statusCode(200).extract().asString();
        String csv = handler(UNIT).accept("text/csv").get("/api/v1/petitions/export").then().statusCode(200)
                .extract().asString();
        String custodianView = as("custodian", UNIT, "identity-custodian").get("/api/v1/petitions/" + id).then()
                .statusCode(200).extract().asString();
        String error = handler(UNIT).body(step("RESOLVE", LocalDate.of(2023, 5, 3), "outcome", "RIGHT"))
                .post("/api/v1/petitions/" + id + "/transitions").then().statusCode(409).extract().asString();
        for (String text : List.of(detail, list, csv, custodianView, error)) {
            assertFalse(text.contains(NAME) || text.contains(ID_NUMBER) || text.contains("0912345678")
                    || text.contains("nguoi.gui@example.vn"), text);
        }
        assertTrue(csv.contains(handler(UNIT).get("/api/v1/petitions/" + id).then().extract().<String>path("number")));
        List<JsonNode> events = Events.until(id, "petition.received");
        assertFalse(events.isEmpty());
        events.forEach(e -> assertFalse(e.toString().contains(NAME) || e.toString().contains(ID_NUMBER)));
    }

    @Test
    void rowsWrittenWithARotatedOutKeyStillDecrypt() throws Exception {
        String id = namedDenunciation();
        // Re-encrypt the name with the older key k0 (still configured, no longer active).
        byte[] key = Base64.getDecoder().decode("dGVzdC1vbGQta2V5LXJvdGF0ZWQtb3V0LTAwMDAwMDA=");
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD("k0".getBytes(StandardCharsets.UTF_8));
        byte[] ct = cipher.doFinal("Tên cũ mã hoá bằng khoá k0".getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[12 + ct.length];
        System.arraycopy(iv, 0, out, 0, 12);
        System.arraycopy(ct, 0, out, 12, ct.length);
        try (var c = db.getConnection();
             var u = c.prepareStatement("update petitioner set name_enc = ? where petition_id = ?")) {
            u.setString(1, "k0:" + Base64.getEncoder().encodeToString(out));
            u.setObject(2, UUID.fromString(id));
            assertEquals(1, u.executeUpdate());
        }
        as("custodian", UNIT, "identity-custodian").body(Map.of("reason", "Kiểm tra luân chuyển khoá mã hoá"))
                .post("/api/v1/petitions/" + id + "/identity-reveals").then().statusCode(200)
                .body("petitioners[0].name", is("Tên cũ mã hoá bằng khoá k0"));
    }

    @Test
    void anonymousCallerCannotReveal() {
        String id = namedDenunciation();
        given().contentType("application/json").body(Map.of("reason", "Không có tài khoản nhưng muốn xem"))
                .post("/api/v1/petitions/" + id + "/identity-reveals").then().statusCode(401);
    }

    @Test
    void aRevealIsNeverCachedNeedsAVisibleReasonAndARecentLogin() {
        String id = namedDenunciation();
        String reveal = "/api/v1/petitions/" + id + "/identity-reveals";
        as("custodian", UNIT, "identity-custodian").body(Map.of("reason", "Xác minh để bảo vệ người tố cáo"))
                .post(reveal).then().statusCode(200).header("Cache-Control", is("no-store"));
        // every authenticated answer, not only the reveal, problems included
        handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200).header("Cache-Control", is("no-store"));
        handler(UNIT).get("/api/v1/petitions/" + UUID.randomUUID()).then().statusCode(404)
                .header("Cache-Control", is("no-store"));
        // twelve zero-width spaces, or a few letters padded with invisible characters, are no reason
        as("custodian", UNIT, "identity-custodian").body(Map.of("reason", "\u200B".repeat(12)))
                .post(reveal).then().statusCode(400).body("errors[0].field", is("reason"));
        as("custodian", UNIT, "identity-custodian").body(Map.of("reason", "a\u200Bb\u200Bc\u2060\u2060\u2060\u2060\u2060\u2060\u2060\u2060"))
                .post(reveal).then().statusCode(400);
        // a login older than five minutes (a session that may have been logged out since) must step up
        String stale = vn.minhbach.testing.TestTokens.token("custodian", UNIT,
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(20)), "identity-custodian");
        given().auth().oauth2(stale).contentType("application/json")
                .body(Map.of("reason", "Xác minh để bảo vệ người tố cáo")).post(reveal).then().statusCode(401)
                .contentType(containsString("problem+json"))
                .header("WWW-Authenticate", containsString("insufficient_user_authentication"))
                .header("WWW-Authenticate", containsString("max_age=300"))
                .body(not(containsString(NAME)));
    }
}
