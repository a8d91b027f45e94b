package vn.minhbach.petitions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day off (HOLIDAY) or a compensating working day (WORKDAY) of the per-year holiday table. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    public enum Kind { HOLIDAY, WORKDAY }

    @Id
    public LocalDate day;
    public int year;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;
    public String name;
    /** The notice or provision the day rests on. */
    public String source;
}
