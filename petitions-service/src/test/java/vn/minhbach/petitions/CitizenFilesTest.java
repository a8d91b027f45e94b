package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 20.3: the petitioner lists and downloads the files they gave, from the account or with the
 * receipt code, and adds files as an "add information" step with its event; anyone else gets 404.
 */
@QuarkusTest
class CitizenFilesTest {

    static final String UNIT = "01.941";
    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }

    static String uploadAs(io.restassured.specification.RequestSpecification spec, String name, byte[] bytes) {
        return spec.contentType("image/jpeg").queryParam("name", name).body(bytes).post("/api/v1/uploads").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void aCitizenListsDownloadsAndAddsTheirOwnFilesAndNobodyElseCan() throws Exception {
        byte[] photo = Photos.jpegWithGps();
        byte[] kept = Photos.plainJpeg(64, 48);
        String first = uploadAs(as("citizen-files-a", null, "citizen"), "Ảnh 1.jpg", photo);
        var body = intake(UNIT, "DENUNCIATION", TODAY, "Cán bộ xã", "Nội dung " + System.nanoTime());
        body.put("channel", "MOBILE_APP");
        body.put("uploadIds", List.of(first));
        String id = as("citizen-files-a", null, "citizen").body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
        // an official's case document is not the petitioner's file
        handler(UNIT).body(Map.of("name", "bien-ban-xac-minh.pdf", "contentType", "application/pdf",
                "contentBase64", java.util.Base64.getEncoder().encodeToString(Documents.pdf("Noi bo"))))
                .post("/api/v1/petitions/" + id + "/attachments").then().statusCode(201);

        // the citizen adds a file with information: one step, its event
        byte[] png = Photos.plainPng(12, 12);
        String second = as("citizen-files-a", null, "citizen").contentType("image/png").queryParam("name", "sơ đồ.png")
                .body(png).post("/api/v1/uploads").then().statusCode(201).extract().path("id");
        as("citizen-files-a", null, "citizen").body(Map.of("content", "Bổ sung sơ đồ", "uploadIds", List.of(second)))
                .post("/api/v1/petitions/mine/" + id + "/additions").then().statusCode(200)
                .body("history.action", contains("RECEIVE", "ADD_INFORMATION"));
        Events.first(Events.until(id, "petition.information-added"), "petition.information-added");
        handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200)
                .body("attachments.name", hasItems("Ảnh 1.jpg", "sơ đồ.png", "bien-ban-xac-minh.pdf"))
                .body("additions", hasItem("Bổ sung sơ đồ"));
        // an upload is used once
        as("citizen-files-a", null, "citizen").body(Map.of("content", "Lại", "uploadIds", List.of(second)))
                .post("/api/v1/petitions/mine/" + id + "/additions").then().statusCode(422)
                .body("type", endsWith("upload.not-found"));

        var files = as("citizen-files-a", null, "citizen").get("/api/v1/petitions/mine/" + id + "/attachments").then()
                .statusCode(200).body("name", contains("Ảnh 1.jpg", "sơ đồ.png"))
                .body("[0].sha256", is(sha(kept))).extract();
        String path = "/api/v1/petitions/mine/" + id + "/attachments/" + files.path("[0].id");
        byte[] back = as("citizen-files-a", null, "citizen").accept("*/*").get(path).then().statusCode(200)
                .header("ETag", "\"" + sha(kept) + "\"")
                .header("Content-Disposition", containsString("filename*=UTF-8''%E1%BA%A2nh%201.jpg"))
                .extract().asByteArray();
        assertArrayEquals(kept, back);
        assertFalse(Photos.hasGps(back));
        byte[] part = as("citizen-files-a", null, "citizen").accept("*/*").header("Range", "bytes=0-9").get(path).then()
                .statusCode(206).header("Content-Range", "bytes 0-9/" + kept.length).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(kept, 0, 10), part);
        as("citizen-files-a", null, "citizen").accept("*/*").header("If-None-Match", "\"" + sha(kept) + "\"").get(path)
                .then().statusCode(304);

        // someone else: 404, not 403, for the list, the file and an addition
        var other = as("citizen-files-b", null, "citizen");
        other.get("/api/v1/petitions/mine/" + id + "/attachments").then().statusCode(404)
                .contentType(containsString("problem+json"));
        as("citizen-files-b", null, "citizen").accept("*/*").get(path).then().statusCode(404);
        String theirs = uploadAs(as("citizen-files-b", null, "citizen"), "x.jpg", Photos.plainJpeg(8, 8));
        as("citizen-files-b", null, "citizen").body(Map.of("content", "Chen vào", "uploadIds", List.of(theirs)))
                .post("/api/v1/petitions/mine/" + id + "/additions").then().statusCode(404);
        // the citizen cannot use another's upload either
        as("citizen-files-a", null, "citizen").body(Map.of("content", "Của người khác", "uploadIds", List.of(theirs)))
                .post("/api/v1/petitions/mine/" + id + "/additions").then().statusCode(422);
        // the official's document is not offered to the citizen
        String official = handler(UNIT).get("/api/v1/petitions/" + id).then().extract()
                .path("attachments.find { it.name == 'bien-ban-xac-minh.pdf' }.id");
        as("citizen-files-a", null, "citizen").accept("*/*")
                .get("/api/v1/petitions/mine/" + id + "/attachments/" + official).then().statusCode(404);
        // an official uses the officials' endpoints
        handler(UNIT).get("/api/v1/petitions/mine/" + id + "/attachments").then().statusCode(403);
    }

    @Test
    void aDenouncerListsDownloadsAndAddsFilesWithTheReceiptCodeOnly() throws Exception {
        byte[] photo = Photos.jpegWithGps();
        byte[] kept = Photos.plainJpeg(64, 48);
        String token = given().contentType("image/jpeg").header("X-Forwarded-For", "198.51.100.41")
                .queryParam("name", "bằng chứng.jpg").body(photo).post("/api/v1/public/uploads").then().statusCode(201)
                .extract().path("uploadToken");
        var submission = new HashMap<String, Object>(Map.of("unitPath", UNIT, "channel", "WEB",
                "subject", Map.of("kind", "PERSON", "description", "Cán bộ địa chính"),
                "domains", List.of("LAND_MANAGEMENT"), "content", "Kèm ảnh", "uploadTokens", List.of(token)));
        var receipt = given().contentType(ContentType.JSON).body(submission).post("/api/v1/public/petitions").then()
                .statusCode(201).extract();
        String code = receipt.path("receiptCode");

        // add a file with information, by the code
        String token2 = given().contentType("application/pdf").header("X-Forwarded-For", "198.51.100.41")
                .queryParam("name", "hợp đồng.pdf").body(Documents.pdf("Hop dong")).post("/api/v1/public/uploads")
                .then().statusCode(201).extract().path("uploadToken");
        given().contentType(ContentType.JSON)
                .body(Map.of("receiptCode", code, "content", "Bổ sung hợp đồng", "uploadTokens", List.of(token2)))
                .post("/api/v1/public/petitions/additions").then().statusCode(204);

        var files = given().header("Receipt-Code", code).get("/api/v1/public/petitions/attachments").then()
                .statusCode(200).header("Cache-Control", anyOf(nullValue(), not(containsString("public"))))
                .body("name", contains("bằng chứng.jpg", "hợp đồng.pdf")).extract();
        String path = "/api/v1/public/petitions/attachments/" + files.path("[0].id");
        byte[] back = given().header("Receipt-Code", code).accept("*/*").get(path).then().statusCode(200)
                .header("ETag", "\"" + sha(kept) + "\"").extract().asByteArray();
        assertArrayEquals(kept, back);
        assertFalse(Photos.hasGps(back));
        given().header("Receipt-Code", code).accept("*/*").header("Range", "bytes=-5").get(path).then().statusCode(206);

        // the petition's history: one addition step and its event
        String id;
        try (java.sql.Connection c = db.getConnection();
                java.sql.PreparedStatement q = c.prepareStatement("select id from petition where number = ?")) {
            q.setString(1, receipt.path("number"));
            java.sql.ResultSet rs = q.executeQuery();
            rs.next();
            id = rs.getString(1);
        }
        JsonNode added = Events.first(Events.until(id, "petition.information-added"), "petition.information-added");
        assertEquals("anonymous", added.path("data").path("addedBy").asText());
        handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200)
                .body("history.action", contains("RECEIVE", "ADD_INFORMATION"));

        // a wrong code, no code, or another petition's file: 404
        String wrong = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        given().header("Receipt-Code", wrong).get("/api/v1/public/petitions/attachments").then().statusCode(404)
                .contentType(containsString("problem+json")).body("type", endsWith("receipt.not-found"));
        given().header("Receipt-Code", wrong).accept("*/*").get(path).then().statusCode(404);
        given().accept("*/*").get(path).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", wrong, "content", "x")).
                post("/api/v1/public/petitions/additions").then().statusCode(404);
        submission.remove("uploadTokens");
        String otherCode = given().contentType(ContentType.JSON).body(submission).post("/api/v1/public/petitions")
                .then().statusCode(201).extract().path("receiptCode");
        given().header("Receipt-Code", otherCode).accept("*/*").get(path).then().statusCode(404);
        given().header("Receipt-Code", otherCode).get("/api/v1/public/petitions/attachments").then().statusCode(200)
                .body("$", hasSize(0));
        // the code never needs to be in a URL: a query parameter is not read
        given().queryParam("receiptCode", code).get("/api/v1/public/petitions/attachments").then().statusCode(404);
        assertFalse(Arrays.equals(photo, back));
    }
}
