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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Văn bản chỉ đạo linked to a program: Kế hoạch (plan), Đề án (project, with solution groups),
 * Kết luận, Chỉ thị, Nghị quyết.
 */
@Entity
@Table(name = "instrument")
public class Instrument extends PanacheEntityBase {

    public enum Kind { PLAN, PROJECT, CONCLUSION, DIRECTIVE, RESOLUTION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "program_id")
    public Long programId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String number;
    @Column(name = "issued_date")
    public LocalDate issuedDate;
    public String issuer;
    @Column(name = "issuer_unit_path")
    public String issuerUnitPath;
    public String title;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
