package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 19.7: POST /api/v1/petitions/batch, each item with its own key and its own result. */
@QuarkusTest
class BatchIntakeTest {

    static final String UNIT = "01.933";

    @Inject
    AgroalDataSource db;

    long count(String sql, String param) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Map<String, Object> item(String key, Map<String, Object> petition) {
        Map<String, Object> item = new HashMap<>();
        item.put("idempotencyKey", key);
        item.put("petition", petition);
        return item;
    }

    static Map<String, Object> petition(String subject) {
        return intake(UNIT, "FEEDBACK", LocalDate.of(2024, 5, 6), subject, "Phản ánh rác thải", "OTHER");
    }

    @Test
    void eachItemHasItsOwnResultAndARetriedBatchRecordsNothingTwice() throws Exception {
        String run = UUID.randomUUID().toString();
        Map<String, Object> invalid = petition("Thiếu loại đơn " + run);
        invalid.remove("kind");
        Map<String, Object> outside = petition("Ngoài địa bàn " + run);
        outside.put("unitPath", "02.001");
        List<Map<String, Object>> items = List.of(
                item("b-" + run + "-0", petition("Rác thải ngõ 1 " + run)),
                item("b-" + run + "-1", invalid),
                item("b-" + run + "-2", petition("Rác thải ngõ 3 " + run)),
                item("b-" + run + "-3", outside));
        var client = as("service-account-1022", "01", "petition-intake");
        Response r = client.body(Map.of("items", items)).post("/api/v1/petitions/batch");
        r.then().statusCode(200)
                .body("succeeded", is(2)).body("failed", is(2))
                .body("items.index", contains(0, 1, 2, 3))
                .body("items.status", contains(201, 400, 201, 422))
                .body("items[0].location", endsWith("/api/v1/petitions/" + r.path("items[0].result.petition.id")))
                .body("items[0].result.petition.channel", is("GOVERNMENT_SYSTEM"))
                .body("items[1].problem.type", endsWith("/validation"))
                .body("items[1].problem.errors[0].field", is("kind"))
                .body("items[1].problem.instance", endsWith("/api/v1/petitions/batch#/items/1"))
                .body("items[3].problem.type", endsWith("/petition.unit.outside-scope"));
        String first = r.path("items[0].result.petition.id");

        // the whole batch again (the answer was lost): the two petitions again, nothing new
        Response again = as("service-account-1022", "01", "petition-intake").body(Map.of("items", items))
                .post("/api/v1/petitions/batch");
        again.then().statusCode(200).body("items.status", contains(201, 400, 201, 422))
                .body("items[0].idempotentReplayed", is(true))
                .body("items[0].result.petition.id", is(first));
        // the same key sent to the single intake answers the same petition
        as("service-account-1022", "01", "petition-intake").header("Idempotency-Key", "b-" + run + "-0")
                .body(petition("Rác thải ngõ 1 " + run)).post("/api/v1/petitions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("petition.id", is(first));
        assertEquals(2, count("select count(*) from petition where subject_description like ?", "%" + run));
        assertEquals(1, count("select count(*) from petition where subject_description = ?", "Rác thải ngõ 1 " + run));
    }

    @Test
    void batchLimitsAndRoles() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(item(null, petition("Lô lớn " + i)));
        }
        as("svc", "01", "petition-intake").body(Map.of("items", many)).post("/api/v1/petitions/batch").then()
                .statusCode(400).body("errors[0].field", containsString("items"));
        as("svc", "01", "petition-intake").body(Map.of("items", List.of())).post("/api/v1/petitions/batch").then()
                .statusCode(400);
        as("citizen-x", null, "citizen").body(Map.of("items", List.of(item(null, petition("Công dân")))))
                .post("/api/v1/petitions/batch").then().statusCode(403);
        as("svc", "01", "petition-intake").body(Map.of("items", List.of(item("bad key", petition("Khoá sai")))))
                .post("/api/v1/petitions/batch").then().statusCode(200)
                .body("items[0].status", is(400)).body("items[0].problem.type", endsWith("/idempotency-key-invalid"));
    }
}
