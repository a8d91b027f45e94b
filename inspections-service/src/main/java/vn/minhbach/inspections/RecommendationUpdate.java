package vn.minhbach.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A dated follow-up of a recommendation, with the evidence reference (văn bản, biên bản ...). */
@Entity
@Table(name = "recommendation_update")
public class RecommendationUpdate extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "recommendation_id")
    public UUID recommendationId;
    @Column(name = "update_date")
    public LocalDate updateDate;
    @Enumerated(EnumType.STRING)
    public RecommendationStatus status;
    public String note;
    public String evidence;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
