package vn.minhbach.programs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Chuyên đề: a numbered thematic topic of a program with its lead unit. */
@Entity
@Table(name = "topic")
public class Topic extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "program_id")
    public Long programId;
    public int number;
    public String title;
    @Column(name = "lead_unit_path")
    public String leadUnitPath;
}
