package vn.minhbach.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scenario loader replays 1,506 petitions with their transitions and 1,820 person-visits: a long
 * run of intakes (numbering, clocks, encryption, duplicate suggestion) each followed by a transition
 * must all succeed, every petition with a number of its own, and end in the status moved to.
 * <p>
 * No time is asserted: speed is shown by the benchmarks that print figures (bench/run), never by a
 * timed test, which fails on a loaded machine without anything being wrong. The time taken is only
 * printed, as information.
 */
@QuarkusTest
class IntakeThroughputTest {

    static final String UNIT = "01.916";

    @Test
    void twoHundredIntakesWithATransitionEachAllSucceedWithDistinctNumbers() {
        int n = 200;
        Set<String> numbers = new HashSet<>();
        long start = System.nanoTime();
        long intakeNanos = 0;
        for (int i = 0; i < n; i++) {
            var body = intake(UNIT + ".0" + (1000 + i % 7), i % 3 == 0 ? "DENUNCIATION" : "COMPLAINT",
                    LocalDate.of(2021, 1 + i % 12, 1 + i % 28), "Quyết định hành chính số " + i + "/QĐ-UBND",
                    "Nội dung đơn số " + i + " về quản lý đất đai và trật tự xây dựng tại tổ dân phố " + (i % 13));
            long t0 = System.nanoTime();
            var created = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                    .extract();
            intakeNanos += System.nanoTime() - t0;
            String id = created.path("petition.id");
            String number = created.path("petition.number");
            assertTrue(numbers.add(number), "number given twice: " + number);
            move(UNIT, id, "GUIDE", LocalDate.of(2021, 1 + i % 12, 1 + i % 28));
            assertEquals("GUIDED", handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200)
                    .extract().path("status"));
        }
        assertEquals(n, numbers.size());
        // information only (see the class comment): not a budget
        System.out.printf("intake + transition: %.1f ms per petition (intake alone %.1f ms)%n",
                (System.nanoTime() - start) / 1e6 / n, intakeNanos / 1e6 / n);
    }
}
