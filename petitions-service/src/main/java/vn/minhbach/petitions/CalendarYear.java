package vn.minhbach.petitions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A year whose days off were published from the government's notice. Years without a row are provisional. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends PanacheEntityBase {

    public enum Status { PROVISIONAL, OFFICIAL }

    @Id
    public int year;
    /** Optimistic version: the resource's ETag (issue 19.6). */
    @jakarta.persistence.Version
    public int version;
    public String status = Status.OFFICIAL.name();
    public String source;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
