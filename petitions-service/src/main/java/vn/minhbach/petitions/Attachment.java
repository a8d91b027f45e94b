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

@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "petition_id")
    public UUID petitionId;
    public String name;
    @Column(name = "content_type")
    public String contentType;
    public long size;
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    @Column(name = "added_by")
    public String addedBy;
    @Column(name = "added_at")
    public OffsetDateTime addedAt;
}
