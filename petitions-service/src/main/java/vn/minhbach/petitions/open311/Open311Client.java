package vn.minhbach.petitions.open311;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A registered Open311 client (a citizen-reporting app): its api_key is stored as a SHA-256 only. */
@Entity
@Table(name = "open311_client")
public class Open311Client extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Column(name = "key_hash")
    public String keyHash;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** {@code petition.submitted_by} of the petitions this client submitted. */
    public String submitter() {
        return "open311:" + id;
    }
}
