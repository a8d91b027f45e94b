package vn.minhbach.chassis.paging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Page.of over a real Panache query: {items, page, size, totalItems}, defaults and bounds. */
@QuarkusTest
class PagingTest {

    @Test
    void pagesThroughAQuery() {
        String name = "page-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"name\":\"" + name + "\",\"receivedDate\":\"2022-03-01\",\"count\":2,\"parts\":[{\"name\":\"p\"}]}";
        for (int i = 0; i < 23; i++) {
            given().contentType("application/json").body(body).when().post("/test/widgets").then().statusCode(200);
        }
        given().when().get("/test/widgets/named/" + name).then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20)).body("totalItems", equalTo(23))
                .body("items", hasSize(20)).body("items[0].name", equalTo(name));
        given().queryParam("page", 1).when().get("/test/widgets/named/" + name).then().statusCode(200)
                .body("page", equalTo(1)).body("items", hasSize(3)).body("totalItems", equalTo(23));
        given().queryParam("page", 0).queryParam("size", 200).when().get("/test/widgets/named/" + name).then()
                .statusCode(200).body("items", hasSize(23));
        given().queryParam("page", -1).when().get("/test/widgets/named/" + name).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().queryParam("size", 0).when().get("/test/widgets/named/" + name).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
