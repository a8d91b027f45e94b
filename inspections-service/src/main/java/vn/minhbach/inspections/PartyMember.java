package vn.minhbach.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A party member (đảng viên): a possible target and, as an inspection official, a possible team member. */
@Entity
@Table(name = "party_member")
public class PartyMember extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "organisation_id")
    public UUID organisationId;
    public String position;
    @Enumerated(EnumType.STRING)
    @Column(name = "cadre_category")
    public CadreCategory cadreCategory;
    /** The unit of the member's organisation. */
    @Column(name = "unit_path")
    public String unitPath;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;

    public boolean standingCommitteeManaged() {
        return cadreCategory == CadreCategory.STANDING_COMMITTEE_MANAGED;
    }
}
