package vn.minhbach.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A party organisation (tổ chức đảng) that can be inspected or supervised. */
@Entity
@Table(name = "party_organisation")
public class PartyOrganisation extends PanacheEntityBase {

    @Id
    public UUID id;
    /** External code, the key CSV files use to refer to parents. */
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "unit_path")
    public String unitPath;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;

    public static Optional<PartyOrganisation> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** This organisation and all its ancestors: a member of a cell belongs to the committee above it too. */
    public Set<UUID> selfAndAncestors() {
        Set<UUID> ids = new HashSet<>();
        PartyOrganisation current = this;
        while (current != null && ids.add(current.id)) {
            current = current.parentId == null ? null : findById(current.parentId);
        }
        return ids;
    }
}
