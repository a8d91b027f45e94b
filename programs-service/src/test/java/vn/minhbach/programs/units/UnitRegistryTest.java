package vn.minhbach.programs.units;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.minhbach.programs.Fixtures.as;
import static vn.minhbach.programs.Fixtures.officer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.Sql;

/**
 * The unit registry: the directory as apps and integrators read it, the administrator's changes
 * (audited, announced through the outbox), every unit-valued write checked at its business date, the
 * token's unit checked, and the hand-over of a retired unit's open tasks.
 */
@QuarkusTest
class UnitRegistryTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theDirectoryListsTheUnitsOfADay() {
        officer("01").queryParam("at", "2025-07-01").queryParam("parent", "01").queryParam("level", "COMMUNE")
                .queryParam("size", 200).get("/api/v1/units").then().statusCode(200)
                .body("totalItems", is(126)).body("items.path", hasItem("01.00611"));
        officer("01").queryParam("at", "2022-05-01").queryParam("parent", "01").queryParam("size", 200)
                .get("/api/v1/units").then().statusCode(200).body("totalItems", is(30));
        officer("01").queryParam("at", "2022-05-01").queryParam("q", "tu liem").get("/api/v1/units").then()
                .statusCode(200).body("items.path", contains("01.019", "01.021"));
        given().get("/api/v1/units").then().statusCode(401);
        // The public form reads the same directory without a token.
        given().queryParam("at", "2026-12-01").queryParam("q", "xuan dinh").get("/api/v1/public/units").then()
                .statusCode(200).body("items.path", contains("01.00611")).body("items[0].name", is("Phường Xuân Đỉnh"));
        officer("01").queryParam("at", "2026-12-01").get("/api/v1/units/tree").then().statusCode(200)
                .body("unit.path", is("01")).body("children.size()", is(126));
    }

    @Test
    void aFormerWardShowsItsHistoryAndSuccessors() {
        officer("01").get("/api/v1/units/01.021.00611").then().statusCode(200)
                .body("unit.name", is("Phường Xuân Tảo")).body("unit.validTo", is("2025-06-30"))
                .body("successors.path", contains("01.00611", "01.00160", "01.00091"));
        officer("01").get("/api/v1/units/01.00611").then().statusCode(200)
                .body("predecessors.path", hasItems("01.021", "01.021.00610", "01.021.00611", "01.021.00616"))
                .body("unit.validFrom", is("2025-07-01"));
        officer("01").get("/api/v1/units/01.00999").then().statusCode(404).body("type", containsString("unit.not-found"));
    }

    @Test
    void everyWriteThatNamesAUnitIsCheckedAtItsBusinessDate() {
        long program = officer("01").body(Map.of("code", "U17-CTr/TU", "title", "x", "issuingBody", "Thành ủy",
                "periodStart", 2021, "periodEnd", 2030)).post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long topic = officer("01").body(Map.of("number", 1, "title", "t", "leadUnitPath", "01"))
                .post("/api/v1/programs/" + program + "/topics").then().statusCode(201).extract().jsonPath().getLong("id");
        // Unknown unit: 422 naming the field.
        officer("01").body(Map.of("topicId", topic, "title", "x", "unitPath", "01.00999", "assignedDate", "2025-08-01",
                "dueDate", "2025-12-31")).post("/api/v1/tasks").then().statusCode(422)
                .body("type", containsString("unit.unknown")).body("errors[0].field", is("unitPath"));
        // The former district after the reform: 422 naming its successors.
        officer("01").header("Accept-Language", "en").body(Map.of("topicId", topic, "title", "x", "unitPath", "01.021",
                        "assignedDate", "2025-08-01", "dueDate", "2025-12-31")).post("/api/v1/tasks").then().statusCode(422)
                .body("type", containsString("unit.retired")).body("errors[0].field", is("unitPath"))
                .body("detail", containsString("01.00611 Phường Xuân Đỉnh"));
        // A new ward before it existed: 422.
        officer("01").body(Map.of("topicId", topic, "title", "x", "unitPath", "01.00611", "assignedDate", "2025-06-02",
                "dueDate", "2025-12-31")).post("/api/v1/tasks").then().statusCode(422)
                .body("type", containsString("unit.not-yet-valid"));
        // The same units on days they existed: accepted.
        officer("01").body(Map.of("topicId", topic, "title", "x", "unitPath", "01.021", "assignedDate", "2022-03-01",
                "dueDate", "2022-12-31")).post("/api/v1/tasks").then().statusCode(201);
        officer("01").body(Map.of("topicId", topic, "title", "x", "unitPath", "01.00611", "assignedDate", "2025-08-01",
                "dueDate", "2025-12-31")).post("/api/v1/tasks").then().statusCode(201);
        // A topic's lead unit outside the caller's subtree: 422 naming the field (issue 15, point 2).
        long district = officer("01.021").body(Map.of("code", "U17-CTr/QU", "title", "x", "issuingBody", "Quận ủy",
                "periodStart", 2021, "periodEnd", 2025)).post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        officer("01.021").body(Map.of("number", 2, "title", "t", "leadUnitPath", "01.019"))
                .post("/api/v1/programs/" + district + "/topics").then().statusCode(422)
                .body("type", containsString("unit.out-of-scope")).body("errors[0].field", is("leadUnitPath"));
        officer("01").body(Map.of("unitPath", "01.021.00611", "heldDate", "2025-09-09", "title", "Hội nghị", "online", false,
                "connectedSites", 0, "delegates", 10)).post("/api/v1/conferences").then().statusCode(422)
                .body("type", containsString("unit.retired"));
    }

    @Test
    void aTokenWhoseUnitIsNotRegisteredIsRefused() {
        officer("01.00999").get("/api/v1/tasks").then().statusCode(403).body("type", containsString("unit.unregistered"));
        officer("01.00611").get("/api/v1/tasks").then().statusCode(200);
    }

    @Test
    void anAdministratorChangesTheRegisterAuditedAndAnnounced() {
        String path = "01.00611.00001";
        Map<String, Object> unit = Map.of("path", path, "name", "Tổ dân phố thử nghiệm", "level", "COMMUNE",
                "parent", "01.00611", "validFrom", "2026-01-01", "bodies", List.of("PARTY_COMMITTEE"),
                "source", "Quyết định thử nghiệm (test)");
        officer("01").body(unit).post("/api/v1/units").then().statusCode(403);
        as("admin-1", "01", "admin").body(unit).post("/api/v1/units").then().statusCode(201).body("path", is(path));
        as("admin-1", "01", "admin").body(unit).post("/api/v1/units").then().statusCode(409);
        // ETag / If-Match (issue 19.6): a change on a stale read of the unit is refused and changes nothing
        String tag = as("admin-1", "01", "admin").get("/api/v1/units/" + path).then().statusCode(200)
                .header("ETag", is("\"v1\"")).extract().header("ETag");
        as("admin-1", "01", "admin").header("If-Match", "\"v0\"").body(Map.of("name", "Tên khác", "source", "x"))
                .put("/api/v1/units/" + path).then().statusCode(412).body("type", containsString("precondition-failed"));
        as("admin-1", "01", "admin").get("/api/v1/units/" + path).then().body("unit.name", is("Tổ dân phố thử nghiệm"));
        as("admin-1", "01", "admin").header("If-Match", tag).body(Map.of("validTo", "2026-06-30", "successors", List.of("01.00611"),
                "source", "Quyết định giải thể (test)")).put("/api/v1/units/" + path).then().statusCode(200)
                .body("validTo", is("2026-06-30")).header("ETag", is("\"v2\""));
        as("admin-1", "01", "admin").body(Map.of("successors", List.of("01.77777"), "source", "x"))
                .put("/api/v1/units/" + path).then().statusCode(422).body("errors[0].field", is("successors"));
        assertEquals(1, Sql.count(db, "select count(*) from outbox where aggregate_id = ? and event_type = 'unit.created'", path));
        assertEquals(1, Sql.count(db, "select count(*) from outbox where aggregate_id = ? and event_type = 'unit.retired'", path));
        assertEquals(2, Sql.count(db, "select count(*) from audit_log where entity_id = ? and action like 'unit.%'", path));
        officer("01").get("/api/v1/units/" + path).then().statusCode(200).body("successors.path", contains("01.00611"))
                .body("history.action", contains("unit.created", "unit.retired"))
                .body("history[1].validTo", is("2026-06-30")).body("history[1].successors", is("01.00611"));
        given().get("/api/v1/public/units/" + path).then().statusCode(200).body("history.size()", is(2))
                .body("history[0].actor", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aRetiredUnitsOpenTasksAreHandedToItsSuccessor() {
        long program = officer("01").body(Map.of("code", "U17-HO/TU", "title", "x", "issuingBody", "Thành ủy",
                "periodStart", 2021, "periodEnd", 2025)).post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long topic = officer("01").body(Map.of("number", 1, "title", "t", "leadUnitPath", "01"))
                .post("/api/v1/programs/" + program + "/topics").then().statusCode(201).extract().jsonPath().getLong("id");
        long task = officer("01").body(Map.of("topicId", topic, "title", "Rà soát", "unitPath", "01.021.00610",
                "assignedDate", "2024-03-01", "dueDate", "2025-12-31")).post("/api/v1/tasks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        officer("01.00611").get("/api/v1/tasks/" + task).then().statusCode(404);
        as("admin-1", "01", "admin").body(Map.of("successor", "01.00160")).post("/api/v1/units/01.021.00610/succession")
                .then().statusCode(422).body("errors[0].field", is("successor"));
        as("admin-1", "01", "admin").body(Map.of("successor", "01.00611")).post("/api/v1/units/01.021.00610/succession")
                .then().statusCode(202).body("to", is("01.00611"));
        officer("01.00611").get("/api/v1/tasks/" + task).then().statusCode(200).body("unitPath", is("01.00611"));
        // The task's history tells where it came from.
        officer("01.00611").get("/api/v1/tasks/" + task + "/history").then().statusCode(200)
                .body("size()", is(1)).body("[0].action", is("HAND_OVER")).body("[0].fromUnit", is("01.021.00610"))
                .body("[0].toUnit", is("01.00611")).body("[0].effectiveDate", is("2025-07-01"))
                .body("[0].actor", is("admin-1"));
        officer("01.019").get("/api/v1/tasks/" + task + "/history").then().statusCode(404);
        // The successor's officials see it among their tasks.
        officer("01.00611").queryParam("size", 100).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem((int) task));
        assertEquals(1, Sql.count(db, "select count(*) from outbox where aggregate_id = ? and event_type = 'task.reassigned'",
                String.valueOf(task)));
        assertEquals(1, Sql.count(db, "select count(*) from audit_log where entity_id = ? and action = 'task.reassigned'",
                String.valueOf(task)));
        assertEquals(1, Sql.count(db, "select count(*) from outbox where aggregate_id = '01.021.00610' and event_type = 'unit.succession'"));
    }
}
