package vn.minhbach.programs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Hội nghị (trực tuyến) quán triệt, tuyên truyền: e.g. 14 điểm cầu, 700 đại biểu. */
@Entity
@Table(name = "conference")
public class Conference extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_path")
    public String unitPath;
    @Column(name = "held_date")
    public LocalDate heldDate;
    public String title;
    public boolean online;
    @Column(name = "connected_sites")
    public int connectedSites;
    public int delegates;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "related_instrument_ids")
    public List<Long> relatedInstrumentIds;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
