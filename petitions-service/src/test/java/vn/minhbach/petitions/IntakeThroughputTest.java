package vn.minhbach.petitions;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The scenario loader replays 1,506 petitions with their transitions and 1,820 person-visits within
 * minutes: intake (numbering, clocks, encryption, duplicate suggestion) plus one transition must stay
 * well under the budget even as the district fills up. A generous bound, for a loaded CI machine.
 */
@QuarkusTest
class IntakeThroughputTest {

    static final String UNIT = "01.916";

    @Test
    void twoHundredIntakesWithATransitionEachStayWithinBudget() {
        int n = 200;
        long start = System.nanoTime();
        long intakeNanos = 0;
        for (int i = 0; i < n; i++) {
            var body = intake(UNIT + ".0" + (1000 + i % 7), i % 3 == 0 ? "DENUNCIATION" : "COMPLAINT",
                    LocalDate.of(2021, 1 + i % 12, 1 + i % 28), "Quyết định hành chính số " + i + "/QĐ-UBND",
                    "Nội dung đơn số " + i + " về quản lý đất đai và trật tự xây dựng tại tổ dân phố " + (i % 13));
            long t0 = System.nanoTime();
            String id = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                    .extract().path("petition.id");
            intakeNanos += System.nanoTime() - t0;
            move(UNIT, id, "GUIDE", LocalDate.of(2021, 1 + i % 12, 1 + i % 28));
        }
        double perPetitionMs = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("intake + transition: %.1f ms per petition (intake alone %.1f ms)%n", perPetitionMs,
                intakeNanos / 1e6 / n);
        assertTrue(perPetitionMs < 1000, "too slow: " + perPetitionMs + " ms per petition");
    }
}
