package vn.minhbach.petitions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A file uploaded and not yet referenced by a petition (issue 20); expires. */
@Entity
@Table(name = "pending_upload")
public class PendingUpload extends PanacheEntityBase {

    @Id
    public UUID id;
    /** {@code user:<token subject>} or {@code anonymous:<sha-256 of the upload token>}. */
    public String owner;
    public String name;
    @Column(name = "content_type")
    public String contentType;
    public long size;
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
}
