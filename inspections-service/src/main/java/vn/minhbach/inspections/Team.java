package vn.minhbach.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * An inspection or supervision team (đoàn kiểm tra / đoàn giám sát), set up by a decision of an
 * initiating body, with its targets, staff and lifecycle.
 */
@Entity
@Table(name = "team")
public class Team extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "unit_path")
    public String unitPath;
    @Enumerated(EnumType.STRING)
    public TeamKind kind;
    @Enumerated(EnumType.STRING)
    public Basis basis;
    @Enumerated(EnumType.STRING)
    @Column(name = "initiating_level")
    public InitiatingLevel initiatingLevel;
    @Enumerated(EnumType.STRING)
    public TeamStatus status;
    @Column(name = "decision_number")
    public String decisionNumber;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    @Column(name = "period_from")
    public LocalDate periodFrom;
    @Column(name = "period_to")
    public LocalDate periodTo;
    @Column(name = "leader_member_id")
    public UUID leaderMemberId;
    @Column(name = "plan_item_id")
    public UUID planItemId;
    @Column(name = "lead_id")
    public UUID leadId;
    @Column(name = "petition_id")
    public String petitionId;
    @Column(name = "started_date")
    public LocalDate startedDate;
    @Column(name = "concluded_date")
    public LocalDate concludedDate;
    @Column(name = "conclusion_reference")
    public String conclusionReference;
    @Column(name = "for_publication")
    public boolean forPublication;
    /** The decision itself is public, so member names may appear in the public result. */
    @Column(name = "decision_public")
    public boolean decisionPublic;
    @Column(name = "public_summary")
    public String publicSummary;
    @Column(name = "published_date")
    public LocalDate publishedDate;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public int version;

    /**
     * Loaded with the team; for a list, the domains (and the staff) of all its teams in one statement each
     * (up to a page's largest size), not one per team.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = PageRequest.MAX_SIZE)
    @CollectionTable(name = "team_domain", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "domain")
    @Enumerated(EnumType.STRING)
    public Set<Domain> domains = new LinkedHashSet<>();

    /** Team members other than the leader (thành viên đoàn). */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = PageRequest.MAX_SIZE)
    @CollectionTable(name = "team_staff", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "member_id")
    public Set<UUID> staffMemberIds = new LinkedHashSet<>();

    /** Moves along the state machine or answers 409 naming both states. */
    public void moveTo(TeamStatus to) {
        if (!status.canMoveTo(to)) {
            throw ProblemException.conflict("team.invalid-transition", id, status, to);
        }
        status = to;
    }

    public List<TeamTarget> targets() {
        return TeamTarget.list("teamId = ?1 order by targetType, id", id);
    }
}
