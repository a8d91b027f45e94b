package vn.minhbach.petitions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * Read-only view of a petition's accent-folded search text (a generated column, trigram-indexed),
 * kept apart from {@link Petition} so lists do not load it.
 */
@Entity
@Immutable
@Table(name = "petition")
public class PetitionSearch {

    @Id
    public UUID id;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;
}
