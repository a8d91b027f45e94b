package vn.minhbach.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One occurrence (lượt): a subject targeted by a team, with the snapshot the statistics need (the
 * organisation's kind and the member's cadre category at decision time) and, later, its conclusion.
 */
@Entity
@Table(name = "team_target")
public class TeamTarget extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "team_id")
    public UUID teamId;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    public TargetType targetType;
    @Column(name = "organisation_id")
    public UUID organisationId;
    @Column(name = "member_id")
    public UUID memberId;
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind")
    public OrganisationKind organisationKind;
    @Column(name = "standing_committee_managed")
    public Boolean standingCommitteeManaged;
    public String findings;
    @Enumerated(EnumType.STRING)
    public Violation violation;
    @Enumerated(EnumType.STRING)
    public Discipline discipline;

    public UUID subjectId() {
        return targetType == TargetType.ORGANISATION ? organisationId : memberId;
    }
}
