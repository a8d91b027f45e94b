package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 20.4: anonymous uploads are limited per client address and window (count and bytes) and in
 * total pending bytes; past a limit, 429 problem with Retry-After. The address is not stored.
 */
@QuarkusTest
class AnonymousUploadQuotaTest {

    @Inject
    AgroalDataSource db;

    static io.restassured.response.ValidatableResponse upload(String address, byte[] bytes) {
        return given().contentType("image/jpeg").header("X-Forwarded-For", address).queryParam("name", "a.jpg")
                .body(bytes).post("/api/v1/public/uploads").then();
    }

    @Test
    void anAddressGetsTwentyUploadsAnHourThen429WithRetryAfter() throws Exception {
        byte[] photo = Photos.plainJpeg(8, 8);
        for (int i = 0; i < 20; i++) {
            upload("203.0.113.20", photo).statusCode(201);
        }
        upload("203.0.113.20", photo).statusCode(429)
                .contentType(containsString("problem+json"))
                .body("type", endsWith("upload.too-many-from-address"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // another address is not affected
        upload("203.0.113.21", photo).statusCode(201);
        try (Connection c = db.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from pending_upload where owner like '%203.0.113%'")) {
            rs.next();
            assertTrue(rs.getLong(1) == 0, "the address is not stored");
        }
    }

    @Test
    void anAddressSendsAtMostItsBytesAnHour() {
        byte[] big = Photos.jpeg(5 * 1024 * 1024);
        upload("203.0.113.30", big).statusCode(201);
        upload("203.0.113.30", big).statusCode(201);
        // 12 MiB in tests: a third 5 MiB file is refused before it is read (declared length)
        upload("203.0.113.30", big).statusCode(429).body("type", endsWith("upload.too-many-from-address"))
                .header("Retry-After", notNullValue());
        upload("203.0.113.30", Photos.plainJpeg(8, 8)).statusCode(201);
    }

    @Test
    void whenAnonymousUploadsFillTheirSpaceEveryoneWaits() throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        try (Connection c = db.getConnection()) {
            c.createStatement().executeUpdate("insert into pending_upload (id, owner, name, content_type, size, sha256,"
                    + " content, created_at, expires_at) values ('" + id + "', 'anonymous:quota-test', 'x', 'image/jpeg',"
                    + " 1073741824, 'x', '\\x00', now(), now() + interval '2 hours')");
        }
        try {
            upload("203.0.113.40", Photos.plainJpeg(8, 8)).statusCode(429)
                    .contentType(containsString("problem+json"))
                    .body("type", endsWith("upload.storage-full"))
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"));
            // signed-in uploads are not affected
            Api.reception("01.942").contentType("image/jpeg").queryParam("name", "a.jpg").body(Photos.plainJpeg(8, 8))
                    .post("/api/v1/uploads").then().statusCode(201);
        } finally {
            try (Connection c = db.getConnection()) {
                c.createStatement().executeUpdate("delete from pending_upload where id = '" + id + "'");
            }
        }
        upload("203.0.113.40", Photos.plainJpeg(8, 8)).statusCode(201);
    }
}
