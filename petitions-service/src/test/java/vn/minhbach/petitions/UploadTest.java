package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.petitions.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.minhbach.petitions.service.ContentSniffer;
import vn.minhbach.petitions.service.FileChecks;
import vn.minhbach.testing.TestTokens;

/**
 * Issue 20: upload as a raw body, then reference; types by content; metadata removed (photos, videos,
 * HEIC, DOCX and PDF authors); limits before reading; downloads with Content-Disposition filename*, ETag
 * and one byte range.
 */
@QuarkusTest
class UploadTest {

    static final String UNIT = "01.901";
    static final String ANON_UNIT = "01.904";
    static final LocalDate RECEIVED = LocalDate.of(2023, 3, 6);

    @Inject
    AgroalDataSource db;

    /** A real JPEG (javax.imageio) of this size, or of the smallest size a JPEG has. */
    static byte[] jpeg(int size) {
        return Photos.jpeg(Math.max(size, Photos.plainJpeg(16, 16).length));
    }

    static byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static byte[] zip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.exe"));
            zip.write("MZ".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    static byte[] ftyp(String major, String compatible) {
        byte[] b = new byte[64];
        byte[] head = (major + "\0\0\0\0" + compatible).getBytes(StandardCharsets.ISO_8859_1);
        b[3] = (byte) (8 + head.length);
        System.arraycopy("ftyp".getBytes(StandardCharsets.US_ASCII), 0, b, 4, 4);
        System.arraycopy(head, 0, b, 8, head.length);
        return b;
    }

    static RequestSpecification raw(RequestSpecification spec, String label) {
        return spec.contentType(label);
    }

    static io.restassured.response.ValidatableResponse upload(RequestSpecification spec, String name, String label,
            byte[] bytes) {
        return raw(spec, label).queryParam("name", name).body(bytes).post("/api/v1/uploads").then();
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void aPhotoUploadedAsItsBytesIsTakenByIntakeAndDownloadedWithNameETagAndRanges() throws Exception {
        byte[] photo = jpeg(3_000);
        String name = "Ảnh hiện trường.jpg";
        String uploadId = upload(reception(UNIT), name, "application/octet-stream", photo).statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("name", is(name))
                .body("contentType", is("image/jpeg"))
                .body("size", is(3_000))
                .body("sha256", is(sha(photo)))
                .body("expiresAt", notNullValue())
                .body("uploadToken", nullValue())
                .extract().path("id");
        var body = intake(UNIT, "COMPLAINT", RECEIVED, "Quyết định 20", "Có ảnh tải lên trước");
        body.put("uploadIds", List.of(uploadId));
        var created = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.attachments", hasSize(1))
                .body("petition.attachments[0].name", is(name))
                .body("petition.attachments[0].contentType", is("image/jpeg"))
                .body("petition.attachments[0].sha256", is(sha(photo))).extract();
        String path = "/api/v1/petitions/" + created.path("petition.id") + "/attachments/"
                + created.path("petition.attachments[0].id");
        String etag = "\"" + sha(photo) + "\"";

        var whole = handler(UNIT).accept("*/*").get(path).then().statusCode(200)
                .contentType("image/jpeg")
                .header("ETag", etag)
                .header("Accept-Ranges", "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", is("attachment; filename=\"Anh hien truong.jpg\"; "
                        + "filename*=UTF-8''%E1%BA%A2nh%20hi%E1%BB%87n%20tr%C6%B0%E1%BB%9Dng.jpg"))
                .extract().asByteArray();
        assertArrayEquals(photo, whole);

        byte[] part = handler(UNIT).accept("*/*").header("Range", "bytes=100-199").get(path).then().statusCode(206)
                .header("Content-Range", "bytes 100-199/3000").header("ETag", etag).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(photo, 100, 200), part);
        byte[] tail = handler(UNIT).accept("*/*").header("Range", "bytes=-10").get(path).then().statusCode(206)
                .header("Content-Range", "bytes 2990-2999/3000").extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(photo, 2990, 3000), tail);
        byte[] rest = handler(UNIT).accept("*/*").header("Range", "bytes=2500-").get(path).then().statusCode(206)
                .header("Content-Range", "bytes 2500-2999/3000").extract().asByteArray();
        assertEquals(500, rest.length);
        // past the end: 416 as a problem, with the size
        handler(UNIT).accept("*/*").header("Range", "bytes=3000-3100").get(path).then().statusCode(416)
                .contentType(containsString("problem+json"))
                .header("Content-Range", "bytes */3000")
                .body("type", endsWith("attachment.range-not-satisfiable"));
        // If-Range with another validator: the whole file
        assertEquals(3_000, handler(UNIT).accept("*/*").header("Range", "bytes=0-9").header("If-Range", "\"other\"")
                .get(path).then().statusCode(200).extract().asByteArray().length);
        // several ranges: the whole file (allowed by RFC 9110)
        handler(UNIT).accept("*/*").header("Range", "bytes=0-1,5-6").get(path).then().statusCode(200);
        // revalidation
        handler(UNIT).accept("*/*").header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);

        // an upload is used once
        var again = intake(UNIT, "COMPLAINT", RECEIVED, "Quyết định 20b", "Dùng lại tệp");
        again.put("uploadIds", List.of(uploadId));
        reception(UNIT).body(again).post("/api/v1/petitions").then().statusCode(422)
                .contentType(containsString("problem+json"))
                .body("type", endsWith("upload.not-found"));
    }

    @Test
    void anUploadedPhotoIsDownloadedWithoutItsLocationAndStillDecodes() throws Exception {
        byte[] photo = Photos.jpegWithGps();
        byte[] expected = Photos.plainJpeg(64, 48);
        String uploadId = upload(reception(UNIT), "IMG_2041.jpg", "image/jpeg", photo).statusCode(201)
                .body("size", is(expected.length)).body("sha256", is(sha(expected))).extract().path("id");
        var body = intake(UNIT, "DENUNCIATION", RECEIVED, "Cán bộ", "Ảnh chụp tại nhà");
        body.put("uploadIds", List.of(uploadId));
        var created = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201).extract();
        byte[] back = handler(UNIT).accept("*/*").get("/api/v1/petitions/" + created.path("petition.id")
                + "/attachments/" + created.path("petition.attachments[0].id")).then().statusCode(200)
                .header("ETag", "\"" + sha(expected) + "\"").extract().asByteArray();
        assertTrue(!Photos.hasGps(back), "no GPS in the download");
        assertTrue(!Photos.contains(back, Photos.OWNER));
        assertEquals(64, Photos.decode(back).getWidth());
        // the base64 path strips too
        var viaJson = intake(UNIT, "DENUNCIATION", RECEIVED, "Cán bộ", "Ảnh chụp, base64");
        viaJson.put("attachments", List.of(Map.of("name", "IMG_2042.jpg", "contentType", "image/jpeg",
                "contentBase64", Base64.getEncoder().encodeToString(photo))));
        reception(UNIT).body(viaJson).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.attachments[0].sha256", is(sha(expected)));
        // a photo cut short is refused: its metadata could not be found for certain
        upload(reception(UNIT), "cut.jpg", "image/jpeg", Arrays.copyOf(photo, 400)).statusCode(422)
                .contentType(containsString("problem+json")).body("type", endsWith("attachment.malformed"));
    }

    @Test
    void aHeicAndADocxAndAPdfAreDownloadedWithoutWhatNamesTheirAuthor() throws Exception {
        Photos.Heic heic = Photos.heicWithExif();
        byte[] docx = Documents.docxWithAuthors();
        byte[] pdf = Documents.pdfWithAuthor();
        String heicId = upload(reception(UNIT), "IMG_2044.HEIC", "image/heic", heic.bytes()).statusCode(201)
                .body("contentType", is("image/heic"))
                .body("size", is(heic.bytes().length)) // blanked in place
                .extract().path("id");
        String docxId = upload(reception(UNIT), "đơn tố cáo.docx", "application/octet-stream", docx).statusCode(201)
                .body("contentType", is(ContentSniffer.DOCX)).extract().path("id");
        String pdfId = upload(reception(UNIT), "đơn tố cáo.pdf", "application/pdf", pdf).statusCode(201)
                .body("contentType", is("application/pdf")).extract().path("id");
        var body = intake(UNIT, "DENUNCIATION", RECEIVED, "Cán bộ", "Ảnh HEIC, đơn Word và PDF");
        body.put("uploadIds", List.of(heicId, docxId, pdfId));
        var created = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.attachments", hasSize(3)).extract();
        String base = "/api/v1/petitions/" + created.path("petition.id") + "/attachments/";

        byte[] photo = handler(UNIT).accept("*/*").get(base + created.path("petition.attachments.find { it.name == 'IMG_2044.HEIC' }.id")).then()
                .statusCode(200).contentType("image/heic").extract().asByteArray();
        assertEquals(heic.bytes().length, photo.length);
        for (String gone : List.of(Photos.HEIC_GPS, Photos.OWNER, Photos.SERIAL, "xmpmeta")) {
            assertTrue(!Photos.contains(photo, gone), gone);
        }
        assertTrue(Photos.contains(photo, "HEVC-CODED-TILES"), "the picture stays");

        byte[] word = handler(UNIT).accept("*/*").get(base + created.path("petition.attachments.find { it.name == 'đơn tố cáo.docx' }.id")).then()
                .statusCode(200).extract().asByteArray();
        assertEquals(ContentSniffer.DOCX, ContentSniffer.sniff(word).orElseThrow());
        Map<String, byte[]> parts = Documents.entries(word);
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String text = new String(part.getValue(), StandardCharsets.UTF_8);
            for (String gone : List.of(Documents.AUTHOR, Documents.COMPANY, Documents.MANAGER, Documents.EMAIL, Photos.OWNER)) {
                assertTrue(!text.contains(gone), gone + " in " + part.getKey());
            }
        }
        assertTrue(new String(parts.get("word/document.xml"), StandardCharsets.UTF_8).contains(Documents.TEXT));

        byte[] document = handler(UNIT).accept("*/*").get(base + created.path("petition.attachments.find { it.name == 'đơn tố cáo.pdf' }.id")).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        for (String form : Documents.pdfForms(Documents.AUTHOR)) {
            assertTrue(!Photos.contains(document, form), form);
        }
        assertTrue(!Photos.contains(document, "xmpmeta") && !Photos.contains(document, Photos.OWNER));

        // an encrypted PDF cannot be read, so cannot be cleaned: refused, saying why
        upload(reception(UNIT), "bao-mat.pdf", "application/pdf", Documents.encryptedPdf("mat-khau")).statusCode(422)
                .contentType(containsString("problem+json")).body("type", endsWith("attachment.encrypted"));
        // a HEIC whose Exif item lies outside the file cannot be walked for certain
        byte[] bad = heic.bytes().clone();
        System.arraycopy(Photos.u32(bad.length), 0, bad, heic.iloc() + 16 + 16 + 8, 4);
        upload(reception(UNIT), "IMG_2045.HEIC", "image/heic", bad).statusCode(422)
                .body("type", endsWith("attachment.malformed"));
    }

    @Test
    void aMacroEnabledWordFileIsRefusedEvenNamedDocx() throws Exception {
        for (byte[] docm : List.of(Photos.docm(false), Photos.docm(true), Photos.docmTypesOnly())) {
            upload(reception(UNIT), "don.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docm).statusCode(415)
                    .contentType(containsString("problem+json"))
                    .body("type", endsWith("attachment.macro-enabled"))
                    .body("detail", containsString("macro"));
        }
        given().contentType("application/octet-stream").queryParam("name", "bao-cao.docx").body(Photos.docm(false))
                .post("/api/v1/public/uploads").then().statusCode(415).body("type", endsWith("attachment.macro-enabled"));
    }

    @Test
    void aMultipartUploadGoesThroughTheSameChecks() throws Exception {
        byte[] expected = Photos.plainJpeg(64, 48);
        reception(UNIT).contentType("multipart/form-data").multiPart("file", "IMG_2043.jpg", Photos.jpegWithGps(), "image/jpeg")
                .post("/api/v1/uploads").then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("name", is("IMG_2043.jpg")).body("contentType", is("image/jpeg"))
                .body("sha256", is(sha(expected))).body("uploadToken", nullValue());
        reception(UNIT).contentType("multipart/form-data").queryParam("name", "Ảnh hiện trường.jpg")
                .multiPart("file", "x.bin", Photos.plainJpeg(8, 8), "application/octet-stream")
                .post("/api/v1/uploads").then().statusCode(201).body("name", is("Ảnh hiện trường.jpg"));
        reception(UNIT).contentType("multipart/form-data").multiPart("file", "don.docx", Photos.docm(false),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .post("/api/v1/uploads").then().statusCode(415).body("type", endsWith("attachment.macro-enabled"));
        reception(UNIT).contentType("multipart/form-data").multiPart("other", "a.jpg", Photos.plainJpeg(8, 8), "image/jpeg")
                .post("/api/v1/uploads").then().statusCode(400).contentType(containsString("problem+json"))
                .body("type", endsWith("upload.file-part"));
        reception(UNIT).contentType("multipart/form-data").multiPart("file", "big.jpg", jpeg(5 * 1024 * 1024 + 1), "image/jpeg")
                .post("/api/v1/uploads").then().statusCode(413).body("type", endsWith("attachment.too-large"));
        given().contentType("multipart/form-data").multiPart("file", "a.jpg", Photos.plainJpeg(8, 8), "image/jpeg")
                .post("/api/v1/uploads").then().statusCode(401);
        given().contentType("multipart/form-data").header("X-Forwarded-For", "198.51.100.77")
                .multiPart("file", "bang-chung.jpg", Photos.jpegWithGps(), "image/jpeg")
                .post("/api/v1/public/uploads").then().statusCode(201)
                .body("uploadToken", notNullValue()).body("sha256", is(sha(expected)));
    }

    @Test
    void anAdditionTakesAnUploadByIdAndTheBase64PathStillWorks() throws Exception {
        String id = newPetition(UNIT, "COMPLAINT", RECEIVED);
        byte[] pdf = Documents.pdf("Bien ban");
        String kept = sha(FileChecks.check("biên bản.pdf", pdf).bytes()); // rewritten without its metadata, always alike
        String uploadId = upload(handler(UNIT), "biên bản.pdf", "application/pdf", pdf).statusCode(201)
                .body("contentType", is("application/pdf")).body("sha256", is(kept)).extract().path("id");
        handler(UNIT).body(Map.of("uploadId", uploadId)).post("/api/v1/petitions/" + id + "/attachments").then()
                .statusCode(201).body("attachments", hasSize(1))
                .body("attachments[0].name", is("biên bản.pdf")).body("attachments[0].sha256", is(kept));
        byte[] png = Photos.plainPng(4, 4);
        handler(UNIT).body(Map.of("name", "so-do.png", "contentType", "image/png",
                "contentBase64", Base64.getEncoder().encodeToString(png)))
                .post("/api/v1/petitions/" + id + "/attachments").then().statusCode(201)
                .body("attachments", hasSize(2)).body("attachments[1].contentType", is("image/png"));
        // neither an upload nor content
        handler(UNIT).body(Map.of("name", "trống.pdf")).post("/api/v1/petitions/" + id + "/attachments").then()
                .statusCode(400).contentType(containsString("problem+json"));
    }

    @Test
    void typesAreTakenFromTheBytesNotFromTheLabel() throws Exception {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] html = "<!DOCTYPE html><html><body><script>fetch('/x')</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] hostile : List.of(svg, exe, html, zip(), "%PD".getBytes(StandardCharsets.US_ASCII))) {
            upload(reception(UNIT), "anh.jpg", "image/jpeg", hostile).statusCode(415)
                    .contentType(containsString("problem+json"))
                    .body("type", endsWith("attachment.unsupported-type"));
        }
        // the same through the base64 path
        var body = intake(UNIT, "COMPLAINT", RECEIVED, "Quyết định 21", "Tệp SVG");
        body.put("attachments", List.of(Map.of("name", "anh.jpg", "contentType", "image/jpeg",
                "contentBase64", Base64.getEncoder().encodeToString(svg))));
        reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(415)
                .body("type", endsWith("attachment.unsupported-type"));

        upload(reception(UNIT), "don.docx", "application/octet-stream", docx()).statusCode(201)
                .body("contentType", is("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        upload(reception(UNIT), "clip.mp4", "video/mp4", ftyp("isom", "mp41")).statusCode(201)
                .body("contentType", is("video/mp4"));
        // HEIC is taken by its brands (its Exif and XMP items are blanked: aHeicAndADocx…)
        upload(reception(UNIT), "IMG_0001.HEIC", "application/octet-stream", ftyp("heic", "mif1")).statusCode(201)
                .body("contentType", is("image/heic"));
        upload(reception(UNIT), "mislabelled.png", "image/jpeg", Photos.plainPng(3, 3)).statusCode(201)
                .body("contentType", is("image/png"));
        upload(reception(UNIT), "quicktime.mov", "video/mp4", ftyp("qt  ", "qt  ")).statusCode(415);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // 6 MB declared, not one byte of body sent: the answer comes anyway
            out.write(("POST /api/v1/uploads?name=video.mp4 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestTokens.token("reception-" + UNIT, UNIT, "reception-officer")
                    + "\r\nContent-Type: video/mp4\r\nContent-Length: 6000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = new String(readHead(socket.getInputStream()), StandardCharsets.ISO_8859_1);
            assertTrue(head.startsWith("HTTP/1.1 413"), head);
            assertTrue(head.toLowerCase().contains("application/problem+json"), head);
        }
        // chunked (no length to check): counted while read, refused one byte over 5 MiB
        byte[] big = jpeg(5 * 1024 * 1024 + 1);
        raw(reception(UNIT), "image/jpeg").queryParam("name", "lon.jpg").body(new ByteArrayInputStream(big))
                .post("/api/v1/uploads").then().statusCode(413).contentType(containsString("problem+json"))
                .body("type", endsWith("attachment.too-large"));
        // exactly the limit is fine
        upload(reception(UNIT), "vua.jpg", "image/jpeg", jpeg(5 * 1024 * 1024)).statusCode(201);
        upload(reception(UNIT), " ", "image/jpeg", jpeg(100)).statusCode(400);
        raw(reception(UNIT), "image/jpeg").body(jpeg(100)).post("/api/v1/uploads").then().statusCode(400)
                .body("type", endsWith("upload.name"));
    }

    private static byte[] readHead(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int c = in.read(); c != -1; c = in.read()) {
            head.write(c);
            matched = (c == '\r' || c == '\n') ? matched + 1 : 0;
            if (matched == 4) {
                break;
            }
        }
        return head.toByteArray();
    }

    @Test
    void anUploadIsOnlyItsOwnersAndExpires() throws Exception {
        String mine = upload(reception(UNIT), "cua-toi.jpg", "image/jpeg", jpeg(200)).statusCode(201).extract().path("id");
        var body = intake(UNIT, "COMPLAINT", RECEIVED, "Quyết định 22", "Tệp của người khác");
        body.put("uploadIds", List.of(mine));
        as("someone-else", UNIT, "reception-officer").body(body).post("/api/v1/petitions").then().statusCode(422)
                .body("type", endsWith("upload.not-found"));
        try (Connection c = db.getConnection()) {
            c.createStatement().executeUpdate("update pending_upload set expires_at = now() - interval '1 minute'"
                    + " where id = '" + mine + "'");
        }
        reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(422)
                .body("type", endsWith("upload.not-found"));
        // no expired row is left for the purge (every 10 min) to delete while another test compares the
        // database before and after its requests (HostileInputTest)
        try (Connection c = db.getConnection()) {
            c.createStatement().executeUpdate("delete from pending_upload where id = '" + mine + "'");
        }
        // signed-in only; a leader does not upload
        given().contentType("image/jpeg").queryParam("name", "a.jpg").body(jpeg(100)).post("/api/v1/uploads").then()
                .statusCode(401);
        upload(as("leader-x", UNIT, "leader"), "a.jpg", "image/jpeg", jpeg(100)).statusCode(403);
    }

    @Test
    void anAnonymousSubmitterUploadsWithoutAnAccountAndRefersByTokenOnly() throws Exception {
        byte[] photo = jpeg(1_000);
        var answer = given().contentType("image/jpeg").queryParam("name", "bằng chứng.jpg").body(photo)
                .post("/api/v1/public/uploads").then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("contentType", is("image/jpeg")).body("uploadToken", notNullValue()).extract();
        String token = answer.path("uploadToken");
        String uploadId = answer.path("id");
        try (Connection c = db.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select owner from pending_upload where id = '" + uploadId + "'")) {
            assertTrue(rs.next());
            // nothing about the sender: only the hash of the token they hold
            assertTrue(rs.getString(1).matches("anonymous:[0-9a-f]{64}"), rs.getString(1));
        }
        var submission = new java.util.HashMap<String, Object>(Map.of("unitPath", ANON_UNIT, "channel", "WEB",
                "subject", Map.of("kind", "PERSON", "description", "Cán bộ địa chính"),
                "domains", List.of("LAND_MANAGEMENT"), "content", "Kèm ảnh chụp"));
        // the id alone is not a reference
        submission.put("uploadTokens", List.of(uploadId + "-not-the-token"));
        given().contentType(ContentType.JSON).body(submission).post("/api/v1/public/petitions").then().statusCode(422)
                .body("type", endsWith("upload.not-found"));
        submission.put("uploadTokens", List.of(token));
        given().contentType(ContentType.JSON).body(submission).post("/api/v1/public/petitions").then().statusCode(201);
        try (Connection c = db.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select a.name, a.content_type, a.sha256, a.added_by from attachment a where a.sha256 = '" + sha(photo) + "'")) {
            assertTrue(rs.next());
            assertEquals("bằng chứng.jpg", rs.getString(1));
            assertEquals("image/jpeg", rs.getString(2));
            assertEquals("anonymous", rs.getString(4));
        }
        given().contentType("text/html").queryParam("name", "x.jpg")
                .body("<html><script>1</script></html>".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/public/uploads").then().statusCode(415);
    }
}
