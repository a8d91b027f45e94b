package vn.minhbach.programs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** Chương trình: a party committee's program, e.g. 10-CTr/TU for 2021–2025, with thematic topics. */
@Entity
@Table(name = "program")
public class Program extends PanacheEntityBase {

    public enum Status { ACTIVE, COMPLETED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String title;
    @Column(name = "issuing_body")
    public String issuingBody;
    /** The unit whose program officers may change it (the issuing committee's unit). */
    @Column(name = "unit_path")
    public String unitPath;
    @Column(name = "period_start")
    public int periodStart;
    @Column(name = "period_end")
    public int periodEnd;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public int version;

    public static Program byCode(String code) {
        return find("code", code).firstResult();
    }
}
