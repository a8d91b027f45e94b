package vn.minhbach.petitions.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.minhbach.petitions.CalendarDay;

public record HolidayInput(
        @NotNull LocalDate day,
        @NotNull CalendarDay.Kind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 500) String source) {
}
