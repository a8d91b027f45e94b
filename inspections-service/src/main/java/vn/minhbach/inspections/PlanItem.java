package vn.minhbach.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One planned inspection or supervision of a plan; teams link to it. */
@Entity
@Table(name = "plan_item")
public class PlanItem extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "plan_id")
    public UUID planId;
    @Enumerated(EnumType.STRING)
    public TeamKind kind;
    public String description;
    @Column(name = "planned_quarter")
    public Integer plannedQuarter;
}
