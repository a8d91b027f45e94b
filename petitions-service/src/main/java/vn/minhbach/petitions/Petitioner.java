package vn.minhbach.petitions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A person who signed the petition. Every identity field holds AES-GCM ciphertext (see
 * {@code IdentityCipher}); nothing here may be logged, exported or put in an event.
 */
@Entity
@Table(name = "petitioner")
public class Petitioner extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "petition_id")
    public UUID petitionId;
    public int position;
    public boolean representative;
    @Column(name = "name_enc")
    public String nameEnc;
    @Column(name = "id_number_enc")
    public String idNumberEnc;
    @Column(name = "address_enc")
    public String addressEnc;
    @Column(name = "phone_enc")
    public String phoneEnc;
    @Column(name = "email_enc")
    public String emailEnc;
    /** Keyed HMAC of the normalised name and ID number: matches repeats without revealing them. */
    public String fingerprint;

    @Override
    public String toString() {
        return "Petitioner[" + id + "]";
    }
}
