package vn.minhbach.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A yearly inspection and supervision plan (chương trình, kế hoạch kiểm tra, giám sát). */
@Entity
@Table(name = "inspection_plan")
public class InspectionPlan extends PanacheEntityBase {

    @Id
    public UUID id;
    /** Optimistic version: the resource's ETag (issue 19.6). */
    @jakarta.persistence.Version
    public int version;
    @Column(name = "unit_path")
    public String unitPath;
    @Column(name = "plan_year")
    public int year;
    public String title;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
