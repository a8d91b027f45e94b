package vn.minhbach.chassis.app;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Test-only aggregate: lets the tests change state and publish events the way a service does. */
@Entity
public class Widget extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    @Version
    public long version;
}
