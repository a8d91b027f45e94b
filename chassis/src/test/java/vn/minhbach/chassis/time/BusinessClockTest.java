package vn.minhbach.chassis.time;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * "Today" for {@code @PastOrPresent} is today in Hà Nội, whatever the server's zone: an official
 * who records a petition received today between 00:00 and 07:00 (Hà Nội) is not told it is in the future.
 */
@QuarkusTest
class BusinessClockTest {

    static final ZoneId HA_NOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    ValidatorFactory validation;

    @Test
    void validationUsesHaNoiTime() {
        assertEquals(HA_NOI, validation.getClockProvider().getClock().getZone());
    }

    @Test
    void todayInHaNoiIsNotInTheFutureAndTomorrowIs() {
        LocalDate today = LocalDate.now(HA_NOI);
        given().contentType("application/json").body(widget(today)).when().post("/test/widgets").then().statusCode(200);
        given().contentType("application/json").body(widget(today.plusDays(1))).when().post("/test/widgets").then()
                .statusCode(400);
    }

    private static String widget(LocalDate received) {
        return "{\"name\":\"a\",\"receivedDate\":\"" + received + "\",\"count\":2,\"parts\":[{\"name\":\"p\"}]}";
    }
}
