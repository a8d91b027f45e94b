package vn.minhbach.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A declared relation (kinship, business ...) between two members; it bars one from inspecting the other. */
@Entity
@Table(name = "member_relation")
public class MemberRelation extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    public String relation;

    @Embeddable
    public record Key(@Column(name = "member_id") UUID memberId,
            @Column(name = "related_member_id") UUID relatedMemberId) implements Serializable {
    }

    /** True when either member declared a relation to the other. */
    public static boolean related(UUID a, UUID b) {
        return count("(key.memberId = ?1 and key.relatedMemberId = ?2) or (key.memberId = ?2 and key.relatedMemberId = ?1)",
                a, b) > 0;
    }
}
