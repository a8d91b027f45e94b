package vn.minhbach.petitions.open311;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The Open311 side of a petition submitted through GeoReport v2: where, and the app's own ids. */
@Entity
@Table(name = "open311_request")
public class Open311Request extends PanacheEntityBase {

    @Id
    @Column(name = "petition_id")
    public UUID petitionId;
    @Column(name = "client_id")
    public UUID clientId;
    @Column(name = "service_code")
    public String serviceCode;
    public Double lat;
    public Double lon;
    @Column(name = "address_string")
    public String addressString;
    @Column(name = "address_id")
    public String addressId;
    @Column(name = "device_id")
    public String deviceId;
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "media_url")
    public String mediaUrl;
    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;
}
