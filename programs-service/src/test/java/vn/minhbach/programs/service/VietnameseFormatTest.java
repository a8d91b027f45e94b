package vn.minhbach.programs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Plain JUnit: Vietnamese grouping (dot), dates without leading zeros, the period phrase, times. */
class VietnameseFormatTest {

    @Test
    void numbersGroupThousandsWithADot() {
        assertEquals("0", VietnameseFormat.number(0));
        assertEquals("463", VietnameseFormat.number(463));
        assertEquals("1.820", VietnameseFormat.number(1820));
        assertEquals("1.000.000", VietnameseFormat.number(1_000_000));
        assertEquals("-1.506", VietnameseFormat.number(-1506));
    }

    @Test
    void datesPeriodsAndTimes() {
        assertEquals("2/4/2021", VietnameseFormat.date(LocalDate.of(2021, 4, 2)));
        assertEquals("Từ 3/2021 – 31/10/2022", VietnameseFormat.period(LocalDate.of(2021, 3, 1), LocalDate.of(2022, 10, 31)));
        assertEquals("9 giờ 05 ngày 1/1/2023",
                VietnameseFormat.time(ZonedDateTime.of(2023, 1, 1, 9, 5, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"))));
    }
}
