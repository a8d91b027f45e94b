package vn.minhbach.petitions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.minhbach.chassis.problem.ProblemException;

/** Đơn: one written submission from intake to resolution. Status changes only through {@link #apply}. */
@Entity
@Table(name = "petition")
public class Petition extends PanacheEntityBase {

    @Id
    public UUID id;
    public String number;
    @Column(name = "unit_path")
    public String unitPath;
    @Column(name = "received_date")
    public LocalDate receivedDate;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public PetitionKind kind;
    @Enumerated(EnumType.STRING)
    public PetitionStatus status;
    public int instance = 1;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(32)[]")
    public String[] domains;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;
    @Column(name = "subject_description")
    public String subjectDescription;
    @Column(name = "subject_unit")
    public String subjectUnit;
    public String content;
    public boolean anonymous;
    @Column(name = "receipt_hash")
    public String receiptHash;
    /** The citizen account (token subject) or official who submitted it. */
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitter_role")
    public String submitterRole;
    @Column(name = "petitioner_count")
    public int petitionerCount;
    @Enumerated(EnumType.STRING)
    public Complexity complexity = Complexity.NORMAL;
    @Column(name = "remote_area")
    public boolean remoteArea;
    @Column(name = "acceptance_due_date")
    public LocalDate acceptanceDueDate;
    @Column(name = "accepted_date")
    public LocalDate acceptedDate;
    @Column(name = "resolution_due_date")
    public LocalDate resolutionDueDate;
    @Column(name = "extensions_used")
    public int extensionsUsed;
    /** Day the acceptance clock started (receipt of the petition, or of the second complaint). */
    @Column(name = "acceptance_start")
    public LocalDate acceptanceStart;
    @Column(name = "acceptance_rule_id")
    public Long acceptanceRuleId;
    @Column(name = "acceptance_due_provisional")
    public boolean acceptanceDueProvisional;
    /** Extra working days granted to the acceptance clock (Luật Tố cáo 2018 Đ.24 k.1: up to 10). */
    @Column(name = "acceptance_extension_days")
    public int acceptanceExtensionDays;
    /** Day the resolution clock started (acceptance). */
    @Column(name = "resolution_start")
    public LocalDate resolutionStart;
    @Column(name = "resolution_rule_id")
    public Long resolutionRuleId;
    @Column(name = "resolution_due_provisional")
    public boolean resolutionDueProvisional;
    /** Days of extension granted to the resolution clock; null for clocks extended before they were kept. */
    @Column(name = "extension_days")
    public Integer extensionDays = 0;
    /** While SUSPENDED: the day the resolution was suspended. */
    @Column(name = "suspended_since")
    public LocalDate suspendedSince;
    /** While SUSPENDED: the status RESUME returns to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_status")
    public PetitionStatus suspendedStatus;
    /** Days of finished suspensions, in the resolution rule's unit, not counted in the period (added to it). */
    @Column(name = "suspended_days")
    public int suspendedDays;
    @Enumerated(EnumType.STRING)
    @Column(name = "next_deadline")
    public Deadline nextDeadline;
    @Column(name = "next_due_date")
    public LocalDate nextDueDate;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "on_time")
    public Boolean onTime;
    @Column(name = "resolved_date")
    public LocalDate resolvedDate;
    @Column(name = "last_effective_date")
    public LocalDate lastEffectiveDate;
    @Column(name = "duplicate_of")
    public UUID duplicateOf;
    @Column(name = "repeat_of")
    public UUID repeatOf;
    @Column(name = "register_complex")
    public boolean registerComplex;
    @Column(name = "register_prolonged")
    public boolean registerProlonged;
    @Column(name = "register_crowded")
    public boolean registerCrowded;
    @Column(name = "register_reasons")
    public String registerReasons;
    @Column(name = "register_date")
    public LocalDate registerDate;
    @Column(name = "corruption_flagged")
    public boolean corruptionFlagged;
    @Column(name = "corruption_summary")
    public String corruptionSummary;
    @Column(name = "flagged_date")
    public LocalDate flaggedDate;
    @Column(name = "flagged_by")
    public String flaggedBy;
    @Column(name = "conclusion_reference")
    public String conclusionReference;
    @Column(name = "concluded_date")
    public LocalDate concludedDate;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    /** The submitting system's own reference, unique per submitter (issue 19.1). */
    @Column(name = "external_reference")
    public String externalReference;
    /** SHA-256 of the request that first used {@link #externalReference}. */
    @Column(name = "external_request_hash")
    public String externalRequestHash;
    @Version
    public int version;

    public List<Domain> domainList() {
        return Arrays.stream(domains).map(Domain::valueOf).toList();
    }

    public boolean inRegister() {
        return registerComplex || registerProlonged || registerCrowded;
    }

    /** The clock that runs now, shown in lists of due-soon and overdue petitions. */
    public void refreshNextDeadline() {
        if ((status == PetitionStatus.RECEIVED || status == PetitionStatus.APPEALED) && acceptanceDueDate != null) {
            nextDeadline = Deadline.ACCEPTANCE;
            nextDueDate = acceptanceDueDate;
        } else if (PetitionStatus.RESOLVING.contains(status) && resolutionDueDate != null) {
            nextDeadline = Deadline.RESOLUTION;
            nextDueDate = resolutionDueDate;
        } else {
            nextDeadline = null;
            nextDueDate = null;
        }
    }
}
