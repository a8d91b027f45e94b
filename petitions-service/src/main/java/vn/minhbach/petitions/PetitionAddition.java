package vn.minhbach.petitions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Information added after intake, e.g. by an anonymous denouncer holding the receipt code. */
@Entity
@Table(name = "petition_addition")
public class PetitionAddition extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "petition_id")
    public UUID petitionId;
    public String content;
    @Column(name = "added_at")
    public OffsetDateTime addedAt;
    @Column(name = "added_by")
    public String addedBy;
}
