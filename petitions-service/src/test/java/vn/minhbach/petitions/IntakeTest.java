package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Intake: numbering, channels by caller, petitioners, attachments, server-owned fields, the received event. */
@QuarkusTest
class IntakeTest {

    static final String UNIT = "01.901";

    @Test
    void numberIsUnitYearSequenceAndAcceptanceClockStarts() {
        String ward = UNIT + ".00101";
        var body = intake(ward, "COMPLAINT", LocalDate.of(2023, 3, 1), "Quyết định 12/QĐ-UBND", "Khiếu nại quyết định");
        String first = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.status", is("RECEIVED"))
                .body("petition.unitPath", is(ward))
                .body("petition.acceptanceDueDate", is("2023-03-15"))
                .body("petition.nextDeadline", is("ACCEPTANCE"))
                .body("petition.history[0].to", is("RECEIVED"))
                .extract().path("petition.number");
        String second = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.number");
        assertTrue(first.matches("01\\.901\\.00101-2023-\\d{6}"), first);
        assertEquals(Integer.parseInt(first.substring(first.length() - 6)) + 1,
                Integer.parseInt(second.substring(second.length() - 6)));
    }

    @Test
    void receivedEventCarriesContractFieldsAndNoIdentity() {
        var body = intake(UNIT, "DENUNCIATION", LocalDate.of(2023, 3, 2), "Ông Trần Văn Bình, cán bộ địa chính",
                "Tố cáo nhận tiền", "LAND_MANAGEMENT", "HARASSMENT");
        body.put("petitioners", List.of(petitioner("Lê Thị Cẩm Tú", "001190054321", true)));
        String id = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
        List<JsonNode> events = Events.until(id, "petition.received");
        JsonNode e = Events.first(events, "petition.received");
        assertEquals("1.0", e.path("specversion").asText());
        assertEquals(id, e.path("subject").asText());
        JsonNode data = e.path("data");
        assertEquals(UNIT, data.path("unitPath").asText());
        assertEquals(id, data.path("petitionId").asText());
        assertEquals("DENUNCIATION", data.path("kind").asText());
        assertEquals("AT_RECEPTION", data.path("channel").asText());
        assertEquals("2023-03-02", data.path("receivedDate").asText());
        assertEquals(false, data.path("anonymous").asBoolean());
        assertEquals(2, data.path("domains").size());
        assertTrue(!e.toString().contains("Cẩm Tú") && !e.toString().contains("001190054321"));
    }

    @Test
    void clientCannotSetServerOwnedFields() {
        var body = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 3, 3), "Quyết định 13", "Nội dung");
        body.put("status", "RESOLVED");
        body.put("number", "FAKE-1");
        body.put("acceptanceDueDate", "2030-01-01");
        body.put("resolutionDueDate", "2030-01-01");
        body.put("id", "00000000-0000-0000-0000-000000000001");
        reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.status", is("RECEIVED"))
                .body("petition.number", startsWith(UNIT + "-2023-"))
                .body("petition.acceptanceDueDate", is("2023-03-17"))
                .body("petition.resolutionDueDate", nullValue())
                .body("petition.id", not("00000000-0000-0000-0000-000000000001"));
    }

    @Test
    void severalPetitionersNeedExactlyOneRepresentative() {
        var body = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 3, 3), "Quyết định 14", "Nội dung");
        body.put("petitioners", List.of(petitioner("Người A", "001080000001", false),
                petitioner("Người B", "001080000002", false)));
        reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(422);
        body.put("petitioners", List.of(petitioner("Người A", "001080000001", true),
                petitioner("Người B", "001080000002", false)));
        reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.petitionerCount", is(2));
    }

    @Test
    void aPetitionHoldsAtMostTenAttachmentsAnd25MiBOverIntakeAndAdditions() {
        String small = Base64.getEncoder().encodeToString(Documents.pdf("trang"));
        var body = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 3, 6), "Quyết định 18", "Nhiều tệp");
        java.util.List<Map<String, Object>> nine = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(Map.of("name", "trang-" + i + ".pdf", "contentType", "application/pdf", "contentBase64", small));
        }
        body.put("attachments", nine);
        String id = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
        var one = Map.of("name", "trang-9.pdf", "contentType", "application/pdf", "contentBase64", small);
        handler(UNIT).body(one).post("/api/v1/petitions/" + id + "/attachments").then().statusCode(201);
        handler(UNIT).body(one).post("/api/v1/petitions/" + id + "/attachments").then().statusCode(422)
                .body("type", endsWith("attachment.too-many"));
        handler(UNIT).get("/api/v1/petitions/" + id).then().body("attachments", hasSize(10));
        // total size: five 5 MiB files are 25 MiB; a sixth byte over it is refused
        String id2 = newPetition(UNIT, "COMPLAINT", LocalDate.of(2023, 3, 6));
        byte[] video = new byte[5 * 1024 * 1024];
        byte[] ftyp = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
        System.arraycopy(ftyp, 0, video, 0, ftyp.length);
        String fiveMiB = Base64.getEncoder().encodeToString(video);
        for (int i = 0; i < 5; i++) {
            handler(UNIT).body(Map.of("name", "video-" + i + ".mp4", "contentType", "video/mp4", "contentBase64", fiveMiB))
                    .post("/api/v1/petitions/" + id2 + "/attachments").then().statusCode(201);
        }
        handler(UNIT).body(one).post("/api/v1/petitions/" + id2 + "/attachments").then().statusCode(413)
                .body("type", endsWith("attachment.total-too-large"));
    }

    @Test
    void attachmentsAreStoredWithNameTypeSizeAndSha256() throws Exception {
        byte[] sent = Documents.pdf("Ban scan don");
        // what is kept: the PDF rewritten without its document information (issue 20.1)
        byte[] pdf = vn.minhbach.petitions.service.FileChecks.check("don.pdf", sent).bytes();
        var body = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 3, 6), "Quyết định 15", "Có đính kèm");
        body.put("attachments", List.of(Map.of("name", "don.pdf", "contentType", "application/pdf",
                "contentBase64", Base64.getEncoder().encodeToString(sent))));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        var response = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.attachments[0].name", is("don.pdf"))
                .body("petition.attachments[0].contentType", is("application/pdf"))
                .body("petition.attachments[0].size", is(pdf.length))
                .body("petition.attachments[0].sha256", is(sha)).extract();
        String id = response.path("petition.id");
        String attachmentId = response.path("petition.attachments[0].id");
        byte[] back = handler(UNIT).accept("*/*").get("/api/v1/petitions/" + id + "/attachments/" + attachmentId)
                .then().statusCode(200).header("X-Content-SHA256", sha).extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, back);
    }

    @Test
    void attachmentOverTheLimitIsRefused() {
        var body = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 3, 6), "Quyết định 16", "Tệp quá lớn");
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        body.put("attachments", List.of(Map.of("name", "lon.bin", "contentType", "application/octet-stream",
                "contentBase64", Base64.getEncoder().encodeToString(big))));
        reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(413)
                .contentType(containsString("problem+json"));
        var bad = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 3, 6), "Quyết định 16", "Không phải base64");
        bad.put("attachments", List.of(Map.of("name", "x.pdf", "contentType", "application/pdf",
                "contentBase64", "***not base64***")));
        reception(UNIT).body(bad).post("/api/v1/petitions").then().statusCode(400);
    }

    @Test
    void integrationClientSubmitsAsGovernmentSystemIntoTheGivenUnit() {
        var body = intake(UNIT, "RECOMMENDATION", LocalDate.of(2023, 3, 7), "Kiến nghị về chiếu sáng", "Nội dung",
                "URBAN_MANAGEMENT");
        body.put("channel", "POST");
        as("svc-dvc", "01", "petition-intake").body(body).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.channel", is("GOVERNMENT_SYSTEM"))
                .body("petition.unitPath", is(UNIT));
    }

    @Test
    void citizenSubmitsThroughTheAppDatedToday() {
        var body = intake(UNIT, "FEEDBACK", LocalDate.of(2023, 3, 7), "Phản ánh rác thải", "Nội dung", "OTHER");
        body.put("channel", "WEB");
        as("citizen-901", null, "citizen").body(body).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.channel", is("WEB"))
                .body("petition.receivedDate", is(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString()));
        body.put("channel", "GOVERNMENT_SYSTEM");
        as("citizen-901", null, "citizen").body(body).post("/api/v1/petitions").then().statusCode(422);
    }

    @Test
    void officialCannotRecordIntoAnotherDistrict() {
        var body = intake("01.999", "COMPLAINT", LocalDate.of(2023, 3, 7), "Quyết định 17", "Nội dung");
        reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(422);
    }

    @Test
    void anOfficialOfAnotherDistrictGets404() {
        String id = newPetition(UNIT, "COMPLAINT", LocalDate.of(2023, 3, 8));
        handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200);
        handler("01.001").get("/api/v1/petitions/" + id).then().statusCode(404);
        handler("01.001").get("/api/v1/petitions/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/petitions/" + id).then().statusCode(401);
    }
}
